-- The project capability beyond the idea itself: the participant's consent to publication, the
-- history of every move, milestones, the feedback thread and the progress journal (with
-- attachments), the final report, and the public good-practice records.

ALTER TABLE project_idea ADD COLUMN consent_public BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE project_idea ADD COLUMN consent_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE project_idea ADD COLUMN final_report_id BIGINT REFERENCES stored_file (id);

CREATE TABLE project_event (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL DEFAULT 0,
    idea_id     BIGINT        NOT NULL REFERENCES project_idea (id),
    actor_id    BIGINT        NOT NULL REFERENCES person (id),
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    from_status VARCHAR(30),
    to_status   VARCHAR(30)   NOT NULL,
    comment     VARCHAR(2000)
);
CREATE INDEX ix_project_event_idea ON project_event (idea_id, at);

CREATE TABLE project_milestone (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    idea_id      BIGINT       NOT NULL REFERENCES project_idea (id),
    title        VARCHAR(200) NOT NULL,
    due_date     DATE         NOT NULL,
    percent_done INTEGER      NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_project_milestone_idea ON project_milestone (idea_id, due_date);

CREATE TABLE project_post (
    id        BIGINT        NOT NULL PRIMARY KEY,
    version   BIGINT        NOT NULL DEFAULT 0,
    idea_id   BIGINT        NOT NULL REFERENCES project_idea (id),
    author_id BIGINT        NOT NULL REFERENCES person (id),
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    kind      VARCHAR(20)   NOT NULL,
    text      VARCHAR(4000) NOT NULL,
    file_id   BIGINT REFERENCES stored_file (id)
);
CREATE INDEX ix_project_post_idea ON project_post (idea_id, kind, at);

CREATE TABLE good_practice (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    idea_id          BIGINT        NOT NULL REFERENCES project_idea (id),
    slug             VARCHAR(120)  NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    summary          VARCHAR(4000) NOT NULL,
    library          VARCHAR(200)  NOT NULL,
    topic            VARCHAR(200),
    target_audience  VARCHAR(30)   NOT NULL,
    skill_level      VARCHAR(30)   NOT NULL,
    countries        VARCHAR(200)  NOT NULL,
    sector           VARCHAR(30)   NOT NULL,
    scope            VARCHAR(30)   NOT NULL,
    funding          VARCHAR(30)   NOT NULL,
    search_text      VARCHAR(8000) NOT NULL,
    published_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by_id  BIGINT        NOT NULL REFERENCES person (id),
    CONSTRAINT ux_good_practice_slug UNIQUE (slug),
    CONSTRAINT ux_good_practice_idea UNIQUE (idea_id)
);
CREATE INDEX ix_good_practice_published ON good_practice (published_at);
