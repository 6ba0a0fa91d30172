-- Issue 18: notifications, and links that let people set their own password. What happened is written in the same transaction as the event
-- (notification: the in-app item and the outbox of what is still to be mailed); the mails
-- composed from it wait in mail_outbox until the cluster-wide scheduler (db-scheduler, its own
-- table scheduled_tasks) has sent them. Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode;
-- ids come from mentora_seq.

-- One thing a person is told. mail_state says what is left to mail: NOW (the next dispatch),
-- DAILY / WEEKLY (the next digest), NONE (in the app only) or DONE (mail_id composed).
-- group_key lets one unread item stand for several events of one kind ("3 entries of Anna wait").
CREATE TABLE notification (
    id           BIGINT NOT NULL PRIMARY KEY,
    version      BIGINT NOT NULL DEFAULT 0,
    recipient_id BIGINT NOT NULL REFERENCES person (id),
    kind         VARCHAR(40) NOT NULL,
    text_key     VARCHAR(120) NOT NULL,
    arguments    VARCHAR(4000) NOT NULL,
    link         VARCHAR(500),
    group_key    VARCHAR(120),
    event_count  INTEGER NOT NULL DEFAULT 1,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at      TIMESTAMP WITH TIME ZONE,
    mail_state   VARCHAR(10) NOT NULL,
    mail_id      BIGINT,
    CONSTRAINT ck_notification_kind CHECK (kind IN ('ENTRY_REVIEWED', 'ENTRIES_WAITING', 'PROJECT_MOVED', 'PROJECT_FEEDBACK')),
    CONSTRAINT ck_notification_mail_state
        CHECK (mail_state IN ('NOW', 'DAILY', 'WEEKLY', 'NONE', 'DONE'))
);
-- The header's unread count and the notification centre's list, newest first.
CREATE INDEX ix_notification_recipient ON notification (recipient_id, read_at, created_at);
-- The dispatcher's and the digests' question: who has something to be mailed.
CREATE INDEX ix_notification_mail_state ON notification (mail_state, recipient_id);

-- How a person wants to hear of one kind (no row: the kind's default for their roles).
CREATE TABLE notification_setting (
    id        BIGINT NOT NULL PRIMARY KEY,
    version   BIGINT NOT NULL DEFAULT 0,
    person_id BIGINT NOT NULL REFERENCES person (id),
    kind      VARCHAR(40) NOT NULL,
    frequency VARCHAR(10) NOT NULL,
    CONSTRAINT ux_notification_setting UNIQUE (person_id, kind),
    CONSTRAINT ck_notification_setting_kind CHECK (kind IN ('ENTRY_REVIEWED', 'ENTRIES_WAITING', 'PROJECT_MOVED', 'PROJECT_FEEDBACK')),
    CONSTRAINT ck_notification_setting_frequency
        CHECK (frequency IN ('IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF'))
);

-- A composed mail, in its recipient's language, until it is sent (or kept: no mail server set,
-- or failed for good with the reason). Resending makes it WAITING again.
CREATE TABLE mail_outbox (
    id              BIGINT NOT NULL PRIMARY KEY,
    version         BIGINT NOT NULL DEFAULT 0,
    recipient_id    BIGINT REFERENCES person (id),
    address         VARCHAR(254) NOT NULL,
    language        VARCHAR(12) NOT NULL,
    purpose         VARCHAR(20) NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    body_text       VARCHAR(200000) NOT NULL,
    body_html       VARCHAR(400000) NOT NULL,
    status          VARCHAR(10) NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_mail_outbox_status CHECK (status IN ('WAITING', 'SENT', 'FAILED', 'KEPT')),
    CONSTRAINT ck_mail_outbox_purpose CHECK (purpose IN ('NOW', 'DAILY', 'WEEKLY', 'ACCOUNT'))
);
ALTER TABLE notification ADD CONSTRAINT fk_notification_mail
    FOREIGN KEY (mail_id) REFERENCES mail_outbox (id);
CREATE INDEX ix_notification_mail ON notification (mail_id);
-- The dispatcher's due mails; the administrator's outbox by state, newest first.
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE INDEX ix_mail_outbox_recipient ON mail_outbox (recipient_id);

-- db-scheduler 16 (com.github.kagkarlsson), its documented PostgreSQL table with VARCHAR keys
-- (H2 reads TEXT as a CLOB, which cannot be a key). One row per task instance; the row's picked
-- flag and version make each execution run on one node of the cluster.
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(100) NOT NULL,
    task_instance        VARCHAR(100) NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN NOT NULL,
    picked_by            VARCHAR(50),
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INTEGER,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX ix_scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX ix_scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX ix_scheduled_tasks_priority_time ON scheduled_tasks (priority DESC, execution_time ASC);

-- A link that lets a person set their password themselves: a forgotten one (RESET, 30 minutes) or
-- the first one of an account an administrator created (WELCOME, 7 days). Only the SHA-256 of the
-- link's token is kept, so a copy of the database opens no account; a link works once.
CREATE TABLE password_link (
    id         BIGINT NOT NULL PRIMARY KEY,
    version    BIGINT NOT NULL DEFAULT 0,
    account_id BIGINT NOT NULL REFERENCES account (id),
    token_hash VARCHAR(64) NOT NULL,
    purpose    VARCHAR(10) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ux_password_link_token UNIQUE (token_hash),
    CONSTRAINT ck_password_link_purpose CHECK (purpose IN ('RESET', 'WELCOME'))
);
CREATE INDEX ix_password_link_account ON password_link (account_id, created_at);
