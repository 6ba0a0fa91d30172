-- Platform and directory: settings, organisations, people, accounts and their roles.
-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.

-- One sequence for every entity; INCREMENT BY must equal BaseEntity.ALLOCATION_SIZE (50),
-- and START WITH 50 makes EclipseLink's first block 1..50.
CREATE SEQUENCE mentora_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE app_setting (
    setting_key   VARCHAR(100)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(2000) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0
);

CREATE TABLE organisation (
    id      BIGINT       NOT NULL PRIMARY KEY,
    version BIGINT       NOT NULL DEFAULT 0,
    name    VARCHAR(200) NOT NULL,
    kind    VARCHAR(20)  NOT NULL,
    country VARCHAR(2)   NOT NULL,
    region  VARCHAR(100),
    city    VARCHAR(100)
);
CREATE INDEX ix_organisation_country ON organisation (country, region);

CREATE TABLE person (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    version            BIGINT       NOT NULL DEFAULT 0,
    given_name         VARCHAR(100) NOT NULL,
    family_name        VARCHAR(100) NOT NULL,
    email              VARCHAR(254) NOT NULL,
    preferred_language VARCHAR(10)  NOT NULL,
    organisation_id    BIGINT REFERENCES organisation (id),
    CONSTRAINT ux_person_email UNIQUE (email)
);
CREATE INDEX ix_person_organisation ON person (organisation_id);

CREATE TABLE account (
    id                  BIGINT      NOT NULL PRIMARY KEY,
    version             BIGINT      NOT NULL DEFAULT 0,
    username            VARCHAR(64) NOT NULL,
    password_hash       VARCHAR(255),
    enabled             BOOLEAN     NOT NULL,
    person_id           BIGINT      NOT NULL REFERENCES person (id),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    last_login_at       TIMESTAMP WITH TIME ZONE,
    password_changed_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ux_account_username UNIQUE (username),
    CONSTRAINT ux_account_person UNIQUE (person_id)
);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role)
);
