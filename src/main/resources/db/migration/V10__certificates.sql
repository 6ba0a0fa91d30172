-- Completion and certificates: per-edition completion rules, module results, and issued
-- certificates as immutable records with their PDF. Runs unchanged on PostgreSQL and on H2 in
-- PostgreSQL mode; ids come from mentora_seq. (V8 and V9 belong to the competence capability.)

-- The minimums an administrator set for an edition; without a row the edition's targets apply.
CREATE TABLE completion_rule (
    id                   BIGINT      NOT NULL PRIMARY KEY,
    version              BIGINT      NOT NULL DEFAULT 0,
    edition_id           BIGINT      NOT NULL REFERENCES edition (id),
    min_face_to_face_min INTEGER     NOT NULL,
    min_virtual_min      INTEGER     NOT NULL,
    min_project_min      INTEGER     NOT NULL,
    min_assessment_min   INTEGER     NOT NULL,
    min_work_based_min   INTEGER     NOT NULL,
    min_total_min        INTEGER     NOT NULL,
    project_requirement  VARCHAR(20) NOT NULL,
    modules_required     BOOLEAN     NOT NULL,
    competences_required BOOLEAN     NOT NULL,
    updated_by           VARCHAR(64) NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ux_completion_rule_edition UNIQUE (edition_id)
);

-- Passed or not, per participant and module, as a trainer or an administrator recorded it.
CREATE TABLE module_result (
    id           BIGINT      NOT NULL PRIMARY KEY,
    version      BIGINT      NOT NULL DEFAULT 0,
    enrolment_id BIGINT      NOT NULL REFERENCES enrolment (id),
    module_id    BIGINT      NOT NULL REFERENCES course_module (id),
    passed       BOOLEAN     NOT NULL,
    recorded_by  VARCHAR(64) NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ux_module_result UNIQUE (enrolment_id, module_id)
);
CREATE INDEX ix_module_result_module ON module_result (module_id);

CREATE TABLE certificate (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL DEFAULT 0,
    enrolment_id       BIGINT        NOT NULL REFERENCES enrolment (id),
    edition_id         BIGINT        NOT NULL REFERENCES edition (id),
    code               VARCHAR(26)   NOT NULL,
    short_code         VARCHAR(16)   NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    -- The enrolment while the certificate is valid, else NULL: at most one valid per participant
    -- (NULLs never collide; a partial unique index would not run on H2).
    valid_enrolment_id BIGINT,
    holder_name        VARCHAR(300)  NOT NULL,
    edition_code       VARCHAR(40)   NOT NULL,
    edition_name       VARCHAR(300)  NOT NULL,
    programme_name     VARCHAR(300)  NOT NULL,
    profile_name       VARCHAR(300),
    starts_on          DATE,
    ends_on            DATE,
    total_minutes      BIGINT        NOT NULL,
    ecvet_total        NUMERIC(7, 2),
    project_title      VARCHAR(300),
    issuer_username    VARCHAR(64)   NOT NULL,
    issuer_name        VARCHAR(300)  NOT NULL,
    issuing_body       VARCHAR(300)  NOT NULL,
    issued_on          DATE          NOT NULL,
    issued_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    language           VARCHAR(10)   NOT NULL,
    pdf_sha256         VARCHAR(64)   NOT NULL,
    revoked_at         TIMESTAMP WITH TIME ZONE,
    revoked_by         VARCHAR(64),
    revoke_reason      VARCHAR(1000),
    superseded_by_id   BIGINT REFERENCES certificate (id),
    superseded_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ux_certificate_code UNIQUE (code),
    CONSTRAINT ux_certificate_short_code UNIQUE (short_code),
    CONSTRAINT ux_certificate_valid UNIQUE (valid_enrolment_id)
);
-- The edition's certificate list filters by status; a participant's page reads by enrolment.
CREATE INDEX ix_certificate_edition ON certificate (edition_id, status);
CREATE INDEX ix_certificate_enrolment ON certificate (enrolment_id);

CREATE TABLE certificate_hours (
    certificate_id BIGINT      NOT NULL REFERENCES certificate (id),
    position       INTEGER     NOT NULL,
    mode           VARCHAR(20) NOT NULL,
    minutes        BIGINT      NOT NULL,
    PRIMARY KEY (certificate_id, position)
);

CREATE TABLE certificate_module (
    certificate_id BIGINT       NOT NULL REFERENCES certificate (id),
    position       INTEGER      NOT NULL,
    code           VARCHAR(20)  NOT NULL,
    name           VARCHAR(300) NOT NULL,
    waived         BOOLEAN      NOT NULL,
    ecvet_points   NUMERIC(5, 2),
    PRIMARY KEY (certificate_id, position)
);

CREATE TABLE certificate_competence (
    certificate_id   BIGINT       NOT NULL REFERENCES certificate (id),
    position         INTEGER      NOT NULL,
    framework        VARCHAR(40)  NOT NULL,
    code             VARCHAR(20)  NOT NULL,
    name             VARCHAR(300) NOT NULL,
    competence_level VARCHAR(40)  NOT NULL,
    PRIMARY KEY (certificate_id, position)
);

-- The PDF exactly as issued, so a download is byte-identical to what was signed.
CREATE TABLE certificate_file (
    certificate_id BIGINT NOT NULL PRIMARY KEY REFERENCES certificate (id),
    content        BYTEA  NOT NULL
);
