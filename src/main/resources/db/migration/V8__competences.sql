-- Competences: frameworks (DigComp, EntreComp, imported ones) with their levels, areas and
-- competences; job-profile targets; the competences each module develops; per-edition assessment
-- rules and windows; ratings by participants and staff with their evidence.
-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode; ids come from mentora_seq.

-- One version of a framework. A new version is a new row with its own areas and competences,
-- so assessments made against the old version keep pointing at what was assessed.
CREATE TABLE competence_framework (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    code            VARCHAR(40)   NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    version_label   VARCHAR(40)   NOT NULL,
    uri             VARCHAR(500),
    description     VARCHAR(4000),
    min_level       INTEGER       NOT NULL,
    max_level       INTEGER       NOT NULL,
    current_version BOOLEAN       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ux_competence_framework UNIQUE (code, version_label),
    CONSTRAINT ck_competence_framework_levels CHECK (min_level >= 0 AND max_level >= min_level)
);

CREATE TABLE competence_level (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    framework_id BIGINT       NOT NULL REFERENCES competence_framework (id),
    level_number INTEGER      NOT NULL,
    band         VARCHAR(100),
    name         VARCHAR(200) NOT NULL,
    CONSTRAINT ux_competence_level UNIQUE (framework_id, level_number)
);

CREATE TABLE competence_area (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    framework_id BIGINT       NOT NULL REFERENCES competence_framework (id),
    code         VARCHAR(40)  NOT NULL,
    name         VARCHAR(300) NOT NULL,
    uri          VARCHAR(500),
    position     INTEGER      NOT NULL,
    CONSTRAINT ux_competence_area UNIQUE (framework_id, code)
);

CREATE TABLE competence (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    framework_id BIGINT        NOT NULL REFERENCES competence_framework (id),
    area_id      BIGINT        NOT NULL REFERENCES competence_area (id),
    code         VARCHAR(40)   NOT NULL,
    name         VARCHAR(500)  NOT NULL,
    uri          VARCHAR(500),
    description  VARCHAR(4000),
    position     INTEGER       NOT NULL,
    CONSTRAINT ux_competence_code UNIQUE (framework_id, code)
);
CREATE INDEX ix_competence_area ON competence (area_id);

-- A job profile's competences, each with the level the profile aims at.
CREATE TABLE profile_target (
    id             BIGINT  NOT NULL PRIMARY KEY,
    version        BIGINT  NOT NULL DEFAULT 0,
    job_profile_id BIGINT  NOT NULL REFERENCES job_profile (id),
    competence_id  BIGINT  NOT NULL REFERENCES competence (id),
    target_level   INTEGER NOT NULL,
    CONSTRAINT ux_profile_target UNIQUE (job_profile_id, competence_id)
);
CREATE INDEX ix_profile_target_competence ON profile_target (competence_id);

-- What a module develops, and to which level.
CREATE TABLE module_competence (
    id            BIGINT  NOT NULL PRIMARY KEY,
    version       BIGINT  NOT NULL DEFAULT 0,
    module_id     BIGINT  NOT NULL REFERENCES course_module (id),
    competence_id BIGINT  NOT NULL REFERENCES competence (id),
    aimed_level   INTEGER NOT NULL,
    CONSTRAINT ux_module_competence UNIQUE (module_id, competence_id)
);
CREATE INDEX ix_module_competence_competence ON module_competence (competence_id);

-- An edition's assessment rules (no row: the defaults, i.e. the latest mentor rating counts).
CREATE TABLE competence_settings (
    id            BIGINT      NOT NULL PRIMARY KEY,
    version       BIGINT      NOT NULL DEFAULT 0,
    edition_id    BIGINT      NOT NULL REFERENCES edition (id),
    counting_rule VARCHAR(30) NOT NULL,
    CONSTRAINT ux_competence_settings_edition UNIQUE (edition_id)
);

-- When participants may self-assess at each moment of an edition (no row: the moment is open
-- without dates).
CREATE TABLE assessment_window (
    id         BIGINT      NOT NULL PRIMARY KEY,
    version    BIGINT      NOT NULL DEFAULT 0,
    edition_id BIGINT      NOT NULL REFERENCES edition (id),
    moment     VARCHAR(20) NOT NULL,
    enabled    BOOLEAN     NOT NULL,
    opens_on   DATE,
    closes_on  DATE,
    CONSTRAINT ux_assessment_window UNIQUE (edition_id, moment)
);

-- Every rating ever given; never updated, so the history stays.
CREATE TABLE competence_rating (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL DEFAULT 0,
    enrolment_id       BIGINT        NOT NULL REFERENCES enrolment (id),
    competence_id      BIGINT        NOT NULL REFERENCES competence (id),
    moment             VARCHAR(20)   NOT NULL,
    assessor_role      VARCHAR(20)   NOT NULL,
    assessor_person_id BIGINT        NOT NULL REFERENCES person (id),
    level_number       INTEGER       NOT NULL,
    comment            VARCHAR(2000),
    rated_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_competence_rating_enrolment ON competence_rating (enrolment_id, competence_id, rated_at);
CREATE INDEX ix_competence_rating_competence ON competence_rating (competence_id);
CREATE INDEX ix_competence_rating_assessor ON competence_rating (assessor_person_id);

CREATE TABLE rating_evidence (
    id            BIGINT      NOT NULL PRIMARY KEY,
    version       BIGINT      NOT NULL DEFAULT 0,
    rating_id     BIGINT      NOT NULL REFERENCES competence_rating (id),
    kind          VARCHAR(20) NOT NULL,
    log_entry_id  BIGINT REFERENCES log_entry (id),
    milestone_id  BIGINT REFERENCES project_milestone (id),
    file_id       BIGINT REFERENCES stored_file (id),
    CONSTRAINT ck_rating_evidence_one CHECK (
        (CASE WHEN log_entry_id IS NULL THEN 0 ELSE 1 END)
      + (CASE WHEN milestone_id IS NULL THEN 0 ELSE 1 END)
      + (CASE WHEN file_id IS NULL THEN 0 ELSE 1 END) = 1)
);
CREATE INDEX ix_rating_evidence_rating ON rating_evidence (rating_id);
CREATE INDEX ix_rating_evidence_entry ON rating_evidence (log_entry_id);
CREATE INDEX ix_rating_evidence_milestone ON rating_evidence (milestone_id);
CREATE INDEX ix_rating_evidence_file ON rating_evidence (file_id);

-- The shipped frameworks (src/main/resources/competence/*.csv; CompetenceSeedTest keeps the two in
-- step): DigComp 2.2 (5 areas, 21 competences) and EntreComp (3 areas, 15 competences), 8 levels each.
INSERT INTO competence_framework (id, version, code, name, version_label, uri, min_level, max_level, current_version, created_at)
    VALUES (nextval('mentora_seq'), 0, 'DIGCOMP', 'DigComp', '2.2', 'https://joint-research-centre.ec.europa.eu/digcomp', 1, 8, TRUE, CURRENT_TIMESTAMP);
INSERT INTO competence_level (id, version, framework_id, level_number, band, name) SELECT nextval('mentora_seq'), 0, f.id, 1, 'Foundation', 'Foundation 1' FROM competence_framework f WHERE f.code = 'DIGCOMP' AND f.version_label = '2.2';
INSERT INTO competence_level (id, version, framework_id, level_number, band, name) SELECT nextval('mentora_seq'), 0, f.id, 2, 'Foundation', 'Foundation 2' FROM competence_framework f WHERE f.code = 'DIGCOMP' AND f.version_label = '2.2';
INSERT INTO competence_level (id, version, framework_id, level_number, band, name) SELECT nextval('mentora_seq'), 0, f.id, 3, 'Intermediate', 'Intermediate 3' FROM competence_framework f WHERE f.code = 'DIGCOMP' AND f.version_label = '2.2';
INSERT INTO competence_level (id, version, framework_id, level_number, band, name) SELECT nextval('mentora_seq'), 0, f.id, 4, 'Intermediate', 'Intermediate 4' FROM competence_framework f WHERE f.code = 'DIGCOMP' AND f.version_label = '2.2';
INSERT INTO competence_level (id, version, framework_id, level_number, band, name) SELECT nextval('mentora_seq'), 0, f.id, 5, 'Advanced', 'Advanced 5' FROM competence_framework f WHERE f.code = 'DIGCOMP' AND f.version_label = '2.2';
INSERT INTO competence_level (id, version, framework_id, level_number, band, name) SELECT nextval('mentora_seq'), 0, f.id, 6, 'Advanced', 'Advanced 6' FROM competence_framework f WHERE f.code = 'DIGCOMP' AND f.version_label = '2.2';
INSERT INTO competence_level (id, version, framework_id, level_number, band, name) SELECT nextval('mentora_seq'), 0, f.id, 7, 'Highly specialised', 'Highly specialised 7' FROM competence_framework f WHERE f.code = 'DIGCOMP' AND f.version_label = '2.2';
INSERT INTO competence_level (id, version, framework_id, level_number, band, name) SELECT nextval('mentora_seq'), 0, f.id, 8, 'Highly specialised', 'Highly specialised 8' FROM competence_framework f WHERE f.code = 'DIGCOMP' AND f.version_label = '2.2';
INSERT INTO competence_area (id, version, framework_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, '1', 'Information and data literacy', 1 FROM competence_framework f WHERE f.code = 'DIGCOMP' AND f.version_label = '2.2';
INSERT INTO competence_area (id, version, framework_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, '2', 'Communication and collaboration', 2 FROM competence_framework f WHERE f.code = 'DIGCOMP' AND f.version_label = '2.2';
INSERT INTO competence_area (id, version, framework_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, '3', 'Digital content creation', 3 FROM competence_framework f WHERE f.code = 'DIGCOMP' AND f.version_label = '2.2';
INSERT INTO competence_area (id, version, framework_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, '4', 'Safety', 4 FROM competence_framework f WHERE f.code = 'DIGCOMP' AND f.version_label = '2.2';
INSERT INTO competence_area (id, version, framework_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, '5', 'Problem solving', 5 FROM competence_framework f WHERE f.code = 'DIGCOMP' AND f.version_label = '2.2';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '1.1', 'Browsing, searching and filtering data, information and digital content', 1 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'DIGCOMP' AND f.version_label = '2.2' AND a.code = '1';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '1.2', 'Evaluating data, information and digital content', 2 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'DIGCOMP' AND f.version_label = '2.2' AND a.code = '1';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '1.3', 'Managing data, information and digital content', 3 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'DIGCOMP' AND f.version_label = '2.2' AND a.code = '1';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '2.1', 'Interacting through digital technologies', 4 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'DIGCOMP' AND f.version_label = '2.2' AND a.code = '2';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '2.2', 'Sharing through digital technologies', 5 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'DIGCOMP' AND f.version_label = '2.2' AND a.code = '2';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '2.3', 'Engaging in citizenship through digital technologies', 6 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'DIGCOMP' AND f.version_label = '2.2' AND a.code = '2';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '2.4', 'Collaborating through digital technologies', 7 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'DIGCOMP' AND f.version_label = '2.2' AND a.code = '2';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '2.5', 'Netiquette', 8 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'DIGCOMP' AND f.version_label = '2.2' AND a.code = '2';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '2.6', 'Managing digital identity', 9 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'DIGCOMP' AND f.version_label = '2.2' AND a.code = '2';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '3.1', 'Developing digital content', 10 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'DIGCOMP' AND f.version_label = '2.2' AND a.code = '3';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '3.2', 'Integrating and re-elaborating digital content', 11 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'DIGCOMP' AND f.version_label = '2.2' AND a.code = '3';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '3.3', 'Copyright and licences', 12 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'DIGCOMP' AND f.version_label = '2.2' AND a.code = '3';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '3.4', 'Programming', 13 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'DIGCOMP' AND f.version_label = '2.2' AND a.code = '3';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '4.1', 'Protecting devices', 14 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'DIGCOMP' AND f.version_label = '2.2' AND a.code = '4';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '4.2', 'Protecting personal data and privacy', 15 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'DIGCOMP' AND f.version_label = '2.2' AND a.code = '4';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '4.3', 'Protecting health and well-being', 16 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'DIGCOMP' AND f.version_label = '2.2' AND a.code = '4';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '4.4', 'Protecting the environment', 17 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'DIGCOMP' AND f.version_label = '2.2' AND a.code = '4';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '5.1', 'Solving technical problems', 18 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'DIGCOMP' AND f.version_label = '2.2' AND a.code = '5';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '5.2', 'Identifying needs and technological responses', 19 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'DIGCOMP' AND f.version_label = '2.2' AND a.code = '5';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '5.3', 'Creatively using digital technologies', 20 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'DIGCOMP' AND f.version_label = '2.2' AND a.code = '5';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '5.4', 'Identifying digital competence gaps', 21 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'DIGCOMP' AND f.version_label = '2.2' AND a.code = '5';
INSERT INTO competence_framework (id, version, code, name, version_label, uri, min_level, max_level, current_version, created_at)
    VALUES (nextval('mentora_seq'), 0, 'ENTRECOMP', 'EntreComp', '1.0', 'https://joint-research-centre.ec.europa.eu/entrecomp', 1, 8, TRUE, CURRENT_TIMESTAMP);
INSERT INTO competence_level (id, version, framework_id, level_number, band, name) SELECT nextval('mentora_seq'), 0, f.id, 1, 'Foundation', 'Discover' FROM competence_framework f WHERE f.code = 'ENTRECOMP' AND f.version_label = '1.0';
INSERT INTO competence_level (id, version, framework_id, level_number, band, name) SELECT nextval('mentora_seq'), 0, f.id, 2, 'Foundation', 'Explore' FROM competence_framework f WHERE f.code = 'ENTRECOMP' AND f.version_label = '1.0';
INSERT INTO competence_level (id, version, framework_id, level_number, band, name) SELECT nextval('mentora_seq'), 0, f.id, 3, 'Intermediate', 'Experiment' FROM competence_framework f WHERE f.code = 'ENTRECOMP' AND f.version_label = '1.0';
INSERT INTO competence_level (id, version, framework_id, level_number, band, name) SELECT nextval('mentora_seq'), 0, f.id, 4, 'Intermediate', 'Dare' FROM competence_framework f WHERE f.code = 'ENTRECOMP' AND f.version_label = '1.0';
INSERT INTO competence_level (id, version, framework_id, level_number, band, name) SELECT nextval('mentora_seq'), 0, f.id, 5, 'Advanced', 'Improve' FROM competence_framework f WHERE f.code = 'ENTRECOMP' AND f.version_label = '1.0';
INSERT INTO competence_level (id, version, framework_id, level_number, band, name) SELECT nextval('mentora_seq'), 0, f.id, 6, 'Advanced', 'Reinforce' FROM competence_framework f WHERE f.code = 'ENTRECOMP' AND f.version_label = '1.0';
INSERT INTO competence_level (id, version, framework_id, level_number, band, name) SELECT nextval('mentora_seq'), 0, f.id, 7, 'Expert', 'Expand' FROM competence_framework f WHERE f.code = 'ENTRECOMP' AND f.version_label = '1.0';
INSERT INTO competence_level (id, version, framework_id, level_number, band, name) SELECT nextval('mentora_seq'), 0, f.id, 8, 'Expert', 'Transform' FROM competence_framework f WHERE f.code = 'ENTRECOMP' AND f.version_label = '1.0';
INSERT INTO competence_area (id, version, framework_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, '1', 'Ideas and opportunities', 1 FROM competence_framework f WHERE f.code = 'ENTRECOMP' AND f.version_label = '1.0';
INSERT INTO competence_area (id, version, framework_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, '2', 'Resources', 2 FROM competence_framework f WHERE f.code = 'ENTRECOMP' AND f.version_label = '1.0';
INSERT INTO competence_area (id, version, framework_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, '3', 'Into action', 3 FROM competence_framework f WHERE f.code = 'ENTRECOMP' AND f.version_label = '1.0';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '1.1', 'Spotting opportunities', 1 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'ENTRECOMP' AND f.version_label = '1.0' AND a.code = '1';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '1.2', 'Creativity', 2 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'ENTRECOMP' AND f.version_label = '1.0' AND a.code = '1';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '1.3', 'Vision', 3 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'ENTRECOMP' AND f.version_label = '1.0' AND a.code = '1';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '1.4', 'Valuing ideas', 4 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'ENTRECOMP' AND f.version_label = '1.0' AND a.code = '1';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '1.5', 'Ethical and sustainable thinking', 5 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'ENTRECOMP' AND f.version_label = '1.0' AND a.code = '1';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '2.1', 'Self-awareness and self-efficacy', 6 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'ENTRECOMP' AND f.version_label = '1.0' AND a.code = '2';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '2.2', 'Motivation and perseverance', 7 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'ENTRECOMP' AND f.version_label = '1.0' AND a.code = '2';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '2.3', 'Mobilising resources', 8 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'ENTRECOMP' AND f.version_label = '1.0' AND a.code = '2';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '2.4', 'Financial and economic literacy', 9 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'ENTRECOMP' AND f.version_label = '1.0' AND a.code = '2';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '2.5', 'Mobilising others', 10 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'ENTRECOMP' AND f.version_label = '1.0' AND a.code = '2';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '3.1', 'Taking the initiative', 11 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'ENTRECOMP' AND f.version_label = '1.0' AND a.code = '3';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '3.2', 'Planning and management', 12 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'ENTRECOMP' AND f.version_label = '1.0' AND a.code = '3';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '3.3', 'Coping with uncertainty, ambiguity and risk', 13 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'ENTRECOMP' AND f.version_label = '1.0' AND a.code = '3';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '3.4', 'Working with others', 14 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'ENTRECOMP' AND f.version_label = '1.0' AND a.code = '3';
INSERT INTO competence (id, version, framework_id, area_id, code, name, position) SELECT nextval('mentora_seq'), 0, f.id, a.id, '3.5', 'Learning through experience', 15 FROM competence_framework f JOIN competence_area a ON a.framework_id = f.id WHERE f.code = 'ENTRECOMP' AND f.version_label = '1.0' AND a.code = '3';
