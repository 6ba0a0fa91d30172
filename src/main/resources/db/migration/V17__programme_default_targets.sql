-- A programme's default targets, which a new edition starts from: hours per learning mode, the
-- stated blended total, work-based hours (all in minutes) and the capacity. Before this, a new
-- edition started from figures in the page that disagreed with themselves (parts 245 h, total
-- 240 h). Existing programmes get the BIBLIO plan's figures made consistent: 20 h face-to-face
-- + 155 h virtual + 40 h project-based + 25 h assessment = 240 h, 165 h work-based, 25 places.

ALTER TABLE programme ADD COLUMN target_face_to_face_min INTEGER DEFAULT 1200 NOT NULL;
ALTER TABLE programme ADD COLUMN target_virtual_min INTEGER DEFAULT 9300 NOT NULL;
ALTER TABLE programme ADD COLUMN target_project_min INTEGER DEFAULT 2400 NOT NULL;
ALTER TABLE programme ADD COLUMN target_assessment_min INTEGER DEFAULT 1500 NOT NULL;
ALTER TABLE programme ADD COLUMN target_work_based_min INTEGER DEFAULT 9900 NOT NULL;
ALTER TABLE programme ADD COLUMN blended_total_min INTEGER DEFAULT 14400 NOT NULL;
ALTER TABLE programme ADD COLUMN default_capacity INTEGER DEFAULT 25 NOT NULL;
ALTER TABLE programme ADD CONSTRAINT ck_programme_default_capacity CHECK (default_capacity > 0);
