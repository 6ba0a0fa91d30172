-- Logbook: learning-hour entries, their review trail, and the per-edition logging rules.
-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode; ids come from mentora_seq.

-- An edition's logging rules where they differ from the defaults (no row: the defaults).
CREATE TABLE logbook_rules (
    id                  BIGINT  NOT NULL PRIMARY KEY,
    version             BIGINT  NOT NULL DEFAULT 0,
    edition_id          BIGINT  NOT NULL REFERENCES edition (id),
    allow_future        BOOLEAN NOT NULL,
    days_after_end      INTEGER NOT NULL,
    max_minutes_per_day INTEGER NOT NULL,
    step_minutes        INTEGER NOT NULL,
    module_required     BOOLEAN NOT NULL,
    forbid_duplicates   BOOLEAN NOT NULL,
    CONSTRAINT ux_logbook_rules_edition UNIQUE (edition_id),
    CONSTRAINT ck_logbook_rules_step CHECK (step_minutes > 0),
    CONSTRAINT ck_logbook_rules_day CHECK (max_minutes_per_day > 0 AND max_minutes_per_day <= 1440)
);

CREATE TABLE log_entry (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL DEFAULT 0,
    enrolment_id       BIGINT        NOT NULL REFERENCES enrolment (id),
    entry_date         DATE          NOT NULL,
    learning_mode      VARCHAR(20)   NOT NULL,
    module_id          BIGINT REFERENCES course_module (id),
    minutes            INTEGER       NOT NULL,
    description        VARCHAR(2000) NOT NULL,
    evidence_link      VARCHAR(500),
    evidence_file_id   BIGINT REFERENCES stored_file (id),
    project_idea_id    BIGINT REFERENCES project_idea (id),
    status             VARCHAR(20)   NOT NULL,
    reviewer_role      VARCHAR(20),
    reviewer_person_id BIGINT REFERENCES person (id),
    last_comment       VARCHAR(1000),
    decided_at         TIMESTAMP WITH TIME ZONE,
    decided_by         VARCHAR(64),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_log_entry_minutes CHECK (minutes > 0 AND minutes <= 1440)
);
-- A reviewer's queue: waiting entries routed to them, oldest first.
CREATE INDEX ix_log_entry_queue ON log_entry (reviewer_person_id, status, entry_date);
-- The administrator's queue (every waiting entry) and the date filters.
CREATE INDEX ix_log_entry_status_date ON log_entry (status, entry_date);
-- A participant's progress (sums by status and mode) and their own list.
CREATE INDEX ix_log_entry_progress ON log_entry (enrolment_id, status, learning_mode, minutes);
-- The day cap and duplicate check look at one participant's day.
CREATE INDEX ix_log_entry_day ON log_entry (enrolment_id, entry_date);
CREATE INDEX ix_log_entry_module ON log_entry (module_id);
CREATE INDEX ix_log_entry_project ON log_entry (project_idea_id);

-- Every change of an entry's state: who, when, from, to, and the reviewer's comment.
CREATE TABLE log_entry_audit (
    id          BIGINT      NOT NULL PRIMARY KEY,
    version     BIGINT      NOT NULL DEFAULT 0,
    entry_id    BIGINT      NOT NULL REFERENCES log_entry (id),
    actor       VARCHAR(64) NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    from_status VARCHAR(20),
    to_status   VARCHAR(20) NOT NULL,
    comment     VARCHAR(1000)
);
CREATE INDEX ix_log_entry_audit_entry ON log_entry_audit (entry_id, changed_at);
