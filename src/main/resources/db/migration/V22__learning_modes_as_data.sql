-- Learning modes become data of a programme instead of a Java enum with a column each. A
-- programme defines its modes: a code, a main name and a name per language, the part that reviews
-- its hours (mentor, tutor or the session's trainer), whether an entry needs a module, whether its
-- hours count toward the blended total (work-based learning stands apart), its order and colour,
-- and the default target a new edition starts from. Edition targets and completion minimums
-- become rows per mode; log entries and modules point at their programme's mode by id.
-- Every existing programme gets the BIBLIO programme's five modes with the codes the enum had, so
-- every entry, target, waiver (through its module), rule and certificate keeps its meaning:
-- certificate_hours keeps the mode's code, as an issued certificate never changes.
-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode; ids come from mentora_seq.

CREATE TABLE learning_mode (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    version            BIGINT       NOT NULL DEFAULT 0,
    programme_id       BIGINT       NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    code               VARCHAR(20)  NOT NULL,
    name               VARCHAR(200) NOT NULL,
    position           INTEGER      NOT NULL,
    colour             VARCHAR(7)   NOT NULL,
    reviewer           VARCHAR(10)  NOT NULL,
    module_required    BOOLEAN      NOT NULL,
    counts_in_blended  BOOLEAN      NOT NULL,
    default_target_min INTEGER      NOT NULL,
    CONSTRAINT ux_learning_mode_code UNIQUE (programme_id, code),
    CONSTRAINT ck_learning_mode_reviewer CHECK (reviewer IN ('MENTOR', 'TUTOR', 'TRAINER')),
    CONSTRAINT ck_learning_mode_colour CHECK (colour LIKE '#%'),
    CONSTRAINT ck_learning_mode_target CHECK (default_target_min >= 0)
);

CREATE TABLE learning_mode_name (
    mode_id  BIGINT       NOT NULL REFERENCES learning_mode (id) ON DELETE CASCADE,
    language VARCHAR(20)  NOT NULL,
    name     VARCHAR(200) NOT NULL,
    PRIMARY KEY (mode_id, language)
);

-- The rest of what used to be written into the code: which admission criteria rank a new
-- edition's applicants, and whether the programme's participants carry out a project (a salon
-- series has none, so its default completion rules ask for none).
ALTER TABLE programme ADD COLUMN admission_rule VARCHAR(200) DEFAULT 'MOOC_COMPLETED,HOST_LIBRARY,PROJECT_IDEA' NOT NULL;
ALTER TABLE programme ADD COLUMN has_projects BOOLEAN DEFAULT TRUE NOT NULL;

-- The five BIBLIO modes for every existing programme, with the programme's default targets.
CREATE TABLE biblio_mode_seed (
    code      VARCHAR(20)  NOT NULL,
    position  INTEGER      NOT NULL,
    colour    VARCHAR(7)   NOT NULL,
    reviewer  VARCHAR(10)  NOT NULL,
    needs_mod BOOLEAN      NOT NULL,
    blended   BOOLEAN      NOT NULL,
    name_en   VARCHAR(200) NOT NULL,
    name_lv   VARCHAR(200) NOT NULL,
    name_bg   VARCHAR(200) NOT NULL,
    name_el   VARCHAR(200) NOT NULL,
    name_it   VARCHAR(200) NOT NULL
);
INSERT INTO biblio_mode_seed VALUES
 ('FACE_TO_FACE', 1, '#2f6f9f', 'TRAINER', TRUE, TRUE, 'Face-to-face', 'Klātienes mācības',
  'Присъствено обучение', 'Δια ζώσης μάθηση', 'In presenza'),
 ('VIRTUAL', 2, '#e07b39', 'TUTOR', TRUE, TRUE, 'Virtual classes and self-study',
  'Virtuālās nodarbības un patstāvīgās mācības', 'Виртуални занятия и самостоятелна подготовка',
  'Εικονικές τάξεις και αυτοτελής μελέτη', 'Lezioni virtuali e studio autonomo'),
 ('PROJECT_BASED', 3, '#4f9d69', 'MENTOR', TRUE, TRUE, 'Project-based learning',
  'Projektos balstītas mācības', 'Проектно базирано обучение', 'Μάθηση βάσει έργου',
  'Apprendimento basato su progetti'),
 ('ASSESSMENT', 4, '#9c5fb5', 'TUTOR', TRUE, TRUE, 'Assessment', 'Novērtēšana', 'Оценяване',
  'Αξιολόγηση', 'Valutazione'),
 ('WORK_BASED', 5, '#c94f4f', 'MENTOR', FALSE, FALSE, 'Work-based learning',
  'Darba vidē balstītas mācības', 'Обучение на работното място', 'Μάθηση στον χώρο εργασίας',
  'Apprendimento basato sul lavoro');

INSERT INTO learning_mode (id, version, programme_id, code, name, position, colour, reviewer,
                           module_required, counts_in_blended, default_target_min)
SELECT nextval('mentora_seq'), 0, p.id, s.code, s.name_en, s.position, s.colour, s.reviewer,
       s.needs_mod, s.blended,
       CASE s.code
           WHEN 'FACE_TO_FACE' THEN p.target_face_to_face_min
           WHEN 'VIRTUAL' THEN p.target_virtual_min
           WHEN 'PROJECT_BASED' THEN p.target_project_min
           WHEN 'ASSESSMENT' THEN p.target_assessment_min
           ELSE p.target_work_based_min
       END
FROM programme p CROSS JOIN biblio_mode_seed s;

INSERT INTO learning_mode_name (mode_id, language, name)
SELECT m.id, 'lv', s.name_lv FROM learning_mode m JOIN biblio_mode_seed s ON s.code = m.code;
INSERT INTO learning_mode_name (mode_id, language, name)
SELECT m.id, 'bg', s.name_bg FROM learning_mode m JOIN biblio_mode_seed s ON s.code = m.code;
INSERT INTO learning_mode_name (mode_id, language, name)
SELECT m.id, 'el', s.name_el FROM learning_mode m JOIN biblio_mode_seed s ON s.code = m.code;
INSERT INTO learning_mode_name (mode_id, language, name)
SELECT m.id, 'it', s.name_it FROM learning_mode m JOIN biblio_mode_seed s ON s.code = m.code;

DROP TABLE biblio_mode_seed;

-- An edition's target per mode (minutes); the stated blended total stays on the edition.
CREATE TABLE edition_target (
    edition_id BIGINT      NOT NULL REFERENCES edition (id) ON DELETE CASCADE,
    mode_code  VARCHAR(20) NOT NULL,
    target_min INTEGER     NOT NULL,
    PRIMARY KEY (edition_id, mode_code),
    CONSTRAINT ck_edition_target CHECK (target_min >= 0)
);
INSERT INTO edition_target (edition_id, mode_code, target_min)
SELECT id, 'FACE_TO_FACE', target_face_to_face_min FROM edition;
INSERT INTO edition_target (edition_id, mode_code, target_min)
SELECT id, 'VIRTUAL', target_virtual_min FROM edition;
INSERT INTO edition_target (edition_id, mode_code, target_min)
SELECT id, 'PROJECT_BASED', target_project_min FROM edition;
INSERT INTO edition_target (edition_id, mode_code, target_min)
SELECT id, 'ASSESSMENT', target_assessment_min FROM edition;
INSERT INTO edition_target (edition_id, mode_code, target_min)
SELECT id, 'WORK_BASED', target_work_based_min FROM edition;

-- The minimums an administrator set per mode (minutes).
CREATE TABLE completion_minimum (
    rule_id     BIGINT      NOT NULL REFERENCES completion_rule (id) ON DELETE CASCADE,
    mode_code   VARCHAR(20) NOT NULL,
    minimum_min INTEGER     NOT NULL,
    PRIMARY KEY (rule_id, mode_code),
    CONSTRAINT ck_completion_minimum CHECK (minimum_min >= 0)
);
INSERT INTO completion_minimum (rule_id, mode_code, minimum_min)
SELECT id, 'FACE_TO_FACE', min_face_to_face_min FROM completion_rule;
INSERT INTO completion_minimum (rule_id, mode_code, minimum_min)
SELECT id, 'VIRTUAL', min_virtual_min FROM completion_rule;
INSERT INTO completion_minimum (rule_id, mode_code, minimum_min)
SELECT id, 'PROJECT_BASED', min_project_min FROM completion_rule;
INSERT INTO completion_minimum (rule_id, mode_code, minimum_min)
SELECT id, 'ASSESSMENT', min_assessment_min FROM completion_rule;
INSERT INTO completion_minimum (rule_id, mode_code, minimum_min)
SELECT id, 'WORK_BASED', min_work_based_min FROM completion_rule;

-- Modules and entries point at their programme's mode.
ALTER TABLE course_module ADD COLUMN mode_id BIGINT REFERENCES learning_mode (id);
UPDATE course_module SET mode_id =
    (SELECT m.id FROM learning_mode m
     WHERE m.programme_id = course_module.programme_id AND m.code = course_module.learning_mode);
ALTER TABLE course_module ALTER COLUMN mode_id SET NOT NULL;
CREATE INDEX ix_course_module_mode ON course_module (mode_id);

ALTER TABLE log_entry ADD COLUMN mode_id BIGINT REFERENCES learning_mode (id);
UPDATE log_entry SET mode_id =
    (SELECT m.id FROM learning_mode m JOIN edition e ON e.programme_id = m.programme_id
     WHERE e.id = log_entry.edition_id AND m.code = log_entry.learning_mode);
ALTER TABLE log_entry ALTER COLUMN mode_id SET NOT NULL;

-- The indexes that held the mode's code hold its id instead.
DROP INDEX ix_log_entry_progress;
DROP INDEX ix_log_entry_report;
DROP INDEX ix_log_entry_edition;
CREATE INDEX ix_log_entry_progress ON log_entry (enrolment_id, status, mode_id, minutes);
CREATE INDEX ix_log_entry_report ON log_entry (enrolment_id, status, entry_date, mode_id, minutes, created_at);
CREATE INDEX ix_log_entry_edition ON log_entry (edition_id, status, entry_date, mode_id, minutes, enrolment_id, created_at);

ALTER TABLE log_entry DROP COLUMN learning_mode;
ALTER TABLE course_module DROP COLUMN learning_mode;
ALTER TABLE edition DROP COLUMN target_face_to_face_min;
ALTER TABLE edition DROP COLUMN target_virtual_min;
ALTER TABLE edition DROP COLUMN target_project_min;
ALTER TABLE edition DROP COLUMN target_assessment_min;
ALTER TABLE edition DROP COLUMN target_work_based_min;
ALTER TABLE programme DROP COLUMN target_face_to_face_min;
ALTER TABLE programme DROP COLUMN target_virtual_min;
ALTER TABLE programme DROP COLUMN target_project_min;
ALTER TABLE programme DROP COLUMN target_assessment_min;
ALTER TABLE programme DROP COLUMN target_work_based_min;
ALTER TABLE completion_rule DROP COLUMN min_face_to_face_min;
ALTER TABLE completion_rule DROP COLUMN min_virtual_min;
ALTER TABLE completion_rule DROP COLUMN min_project_min;
ALTER TABLE completion_rule DROP COLUMN min_assessment_min;
ALTER TABLE completion_rule DROP COLUMN min_work_based_min;
