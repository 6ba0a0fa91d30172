-- Attendance: a trainer's face-to-face session of a module on a day, and the approved log entries
-- of those present. Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode; ids from mentora_seq.

-- One session per module of an edition per day: saving it again finds the same row.
CREATE TABLE attendance_session (
    id                BIGINT      NOT NULL PRIMARY KEY,
    version           BIGINT      NOT NULL DEFAULT 0,
    edition_id        BIGINT      NOT NULL REFERENCES edition (id),
    module_id         BIGINT      NOT NULL REFERENCES course_module (id),
    session_date      DATE        NOT NULL,
    minutes           INTEGER     NOT NULL,
    trainer_person_id BIGINT REFERENCES person (id),
    recorded_by       VARCHAR(64) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ux_attendance_session UNIQUE (edition_id, module_id, session_date),
    CONSTRAINT ck_attendance_session_minutes CHECK (minutes > 0 AND minutes <= 1440)
);
-- The page lists an edition's sessions, newest first.
CREATE INDEX ix_attendance_session_edition ON attendance_session (edition_id, session_date);
CREATE INDEX ix_attendance_session_module ON attendance_session (module_id);

-- An entry made from attendance points at its session; at most one per session and participant,
-- even when twenty saves race (entries logged by hand have no session, and NULLs never collide).
ALTER TABLE log_entry ADD COLUMN attendance_session_id BIGINT REFERENCES attendance_session (id);
ALTER TABLE log_entry ADD CONSTRAINT ux_log_entry_attendance UNIQUE (attendance_session_id, enrolment_id);

-- Where a change of state came from when not from a person's decision on the entry (ATTENDANCE).
ALTER TABLE log_entry_audit ADD COLUMN origin VARCHAR(20);
