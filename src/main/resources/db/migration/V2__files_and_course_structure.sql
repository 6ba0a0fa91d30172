-- Uploaded files, and the course structure: programmes, job profiles, modules, editions,
-- admission, enrolment, staff assignments with history, prior-learning waivers.

CREATE TABLE stored_file (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    filename    VARCHAR(255) NOT NULL,
    kind        VARCHAR(10)  NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    sha256      VARCHAR(64)  NOT NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by VARCHAR(64)  NOT NULL
);

CREATE TABLE stored_file_content (
    file_id BIGINT NOT NULL PRIMARY KEY REFERENCES stored_file (id) ON DELETE CASCADE,
    content BYTEA  NOT NULL
);

CREATE TABLE programme (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL DEFAULT 0,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(4000),
    eqf_level   INTEGER       NOT NULL
);

CREATE TABLE job_profile (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    programme_id BIGINT        NOT NULL REFERENCES programme (id),
    code         VARCHAR(20)   NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    description  VARCHAR(4000),
    CONSTRAINT ux_job_profile_code UNIQUE (programme_id, code)
);

CREATE TABLE course_module (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    programme_id    BIGINT        NOT NULL REFERENCES programme (id),
    code            VARCHAR(20)   NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    description     VARCHAR(4000),
    learning_mode   VARCHAR(20)   NOT NULL,
    planned_minutes INTEGER       NOT NULL,
    ecvet_points    NUMERIC(5, 2) NOT NULL,
    mandatory       BOOLEAN       NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    CONSTRAINT ux_course_module_code UNIQUE (programme_id, code),
    CONSTRAINT ck_course_module_minutes CHECK (planned_minutes >= 0)
);

CREATE TABLE edition (
    id                      BIGINT       NOT NULL PRIMARY KEY,
    version                 BIGINT       NOT NULL DEFAULT 0,
    programme_id            BIGINT       NOT NULL REFERENCES programme (id),
    job_profile_id          BIGINT REFERENCES job_profile (id),
    code                    VARCHAR(40)  NOT NULL,
    title                   VARCHAR(200) NOT NULL,
    country                 VARCHAR(2)   NOT NULL,
    language                VARCHAR(10)  NOT NULL,
    start_date              DATE         NOT NULL,
    end_date                DATE         NOT NULL,
    capacity                INTEGER      NOT NULL,
    target_face_to_face_min INTEGER      NOT NULL,
    target_virtual_min      INTEGER      NOT NULL,
    target_project_min      INTEGER      NOT NULL,
    target_assessment_min   INTEGER      NOT NULL,
    target_work_based_min   INTEGER      NOT NULL,
    blended_total_min       INTEGER      NOT NULL,
    admission_rule          VARCHAR(200) NOT NULL,
    applications_open       BOOLEAN      NOT NULL,
    CONSTRAINT ux_edition_code UNIQUE (code),
    CONSTRAINT ck_edition_dates CHECK (end_date >= start_date),
    CONSTRAINT ck_edition_capacity CHECK (capacity > 0)
);

CREATE TABLE application (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    version              BIGINT       NOT NULL DEFAULT 0,
    edition_id           BIGINT       NOT NULL REFERENCES edition (id),
    person_id            BIGINT       NOT NULL REFERENCES person (id),
    host_organisation_id BIGINT REFERENCES organisation (id),
    mooc_completed       BOOLEAN      NOT NULL,
    mooc_evidence        VARCHAR(500),
    project_idea_title   VARCHAR(200),
    status               VARCHAR(20)  NOT NULL,
    submitted_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at           TIMESTAMP WITH TIME ZONE,
    decided_by           VARCHAR(64),
    decision_note        VARCHAR(500)
);
CREATE INDEX ix_application_edition ON application (edition_id, status);
CREATE INDEX ix_application_person ON application (person_id);

CREATE TABLE tutor_group (
    id         BIGINT       NOT NULL PRIMARY KEY,
    version    BIGINT       NOT NULL DEFAULT 0,
    edition_id BIGINT       NOT NULL REFERENCES edition (id),
    name       VARCHAR(100) NOT NULL,
    CONSTRAINT ux_tutor_group_name UNIQUE (edition_id, name)
);

CREATE TABLE enrolment (
    id                   BIGINT      NOT NULL PRIMARY KEY,
    version              BIGINT      NOT NULL DEFAULT 0,
    edition_id           BIGINT      NOT NULL REFERENCES edition (id),
    person_id            BIGINT      NOT NULL REFERENCES person (id),
    host_organisation_id BIGINT REFERENCES organisation (id),
    tutor_group_id       BIGINT REFERENCES tutor_group (id),
    status               VARCHAR(20) NOT NULL,
    enrolled_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ux_enrolment UNIQUE (edition_id, person_id)
);
CREATE INDEX ix_enrolment_person ON enrolment (person_id);
CREATE INDEX ix_enrolment_group ON enrolment (tutor_group_id);
CREATE INDEX ix_enrolment_host ON enrolment (host_organisation_id);

CREATE TABLE staff_assignment (
    id              BIGINT      NOT NULL PRIMARY KEY,
    version         BIGINT      NOT NULL DEFAULT 0,
    edition_id      BIGINT      NOT NULL REFERENCES edition (id),
    staff_person_id BIGINT      NOT NULL REFERENCES person (id),
    staff_role      VARCHAR(20) NOT NULL,
    module_id       BIGINT REFERENCES course_module (id),
    tutor_group_id  BIGINT REFERENCES tutor_group (id),
    enrolment_id    BIGINT REFERENCES enrolment (id),
    mentor_relation VARCHAR(30),
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at        TIMESTAMP WITH TIME ZONE,
    assigned_by     VARCHAR(64) NOT NULL
);
CREATE INDEX ix_staff_assignment_staff ON staff_assignment (staff_person_id, staff_role, ended_at);
CREATE INDEX ix_staff_assignment_enrolment ON staff_assignment (enrolment_id, staff_role);
CREATE INDEX ix_staff_assignment_group ON staff_assignment (tutor_group_id);
CREATE INDEX ix_staff_assignment_edition ON staff_assignment (edition_id, staff_role);

CREATE TABLE waiver (
    id                 BIGINT      NOT NULL PRIMARY KEY,
    version            BIGINT      NOT NULL DEFAULT 0,
    enrolment_id       BIGINT      NOT NULL REFERENCES enrolment (id),
    module_id          BIGINT      NOT NULL REFERENCES course_module (id),
    evidence_file_id   BIGINT      NOT NULL REFERENCES stored_file (id),
    participant_note   VARCHAR(1000),
    status             VARCHAR(20) NOT NULL,
    requested_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at         TIMESTAMP WITH TIME ZONE,
    decided_by         VARCHAR(64),
    decision_reason    VARCHAR(1000),
    recognised_minutes INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX ix_waiver_enrolment ON waiver (enrolment_id, status);

CREATE INDEX ix_person_names ON person (family_name, given_name);
