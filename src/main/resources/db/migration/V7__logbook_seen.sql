-- When each person last opened their logbook, so the app can say what was reviewed since.
-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode; ids come from mentora_seq.
CREATE TABLE logbook_seen (
    id        BIGINT NOT NULL PRIMARY KEY,
    version   BIGINT NOT NULL DEFAULT 0,
    person_id BIGINT NOT NULL REFERENCES person (id),
    seen_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ux_logbook_seen_person UNIQUE (person_id)
);
-- "Decided since" reads a participant's entries by decision time.
CREATE INDEX ix_log_entry_decided ON log_entry (enrolment_id, decided_at);
