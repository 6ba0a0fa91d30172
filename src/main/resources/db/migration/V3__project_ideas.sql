-- Project ideas and their topic catalogue. The rest of the project capability (history,
-- milestones, journal, feedback, good practices) follows in V4.

CREATE TABLE project_topic (
    id       BIGINT       NOT NULL PRIMARY KEY,
    version  BIGINT       NOT NULL DEFAULT 0,
    name     VARCHAR(200) NOT NULL,
    position INTEGER      NOT NULL,
    active   BOOLEAN      NOT NULL
);

-- The Latvian pilot's topics and "Other". Ids come from the shared sequence: each nextval takes
-- a whole block of 50, so EclipseLink's own blocks never meet these ids.
INSERT INTO project_topic (id, version, name, position, active) VALUES (nextval('mentora_seq'), 0, 'Digital safety strategy for the library', 10, TRUE);
INSERT INTO project_topic (id, version, name, position, active) VALUES (nextval('mentora_seq'), 0, 'Digitisation project for library and archiving purposes', 20, TRUE);
INSERT INTO project_topic (id, version, name, position, active) VALUES (nextval('mentora_seq'), 0, 'Library website improvement strategy', 30, TRUE);
INSERT INTO project_topic (id, version, name, position, active) VALUES (nextval('mentora_seq'), 0, 'Social media marketing strategy and promotion', 40, TRUE);
INSERT INTO project_topic (id, version, name, position, active) VALUES (nextval('mentora_seq'), 0, 'Time management plan design and strategies for librarians', 50, TRUE);
INSERT INTO project_topic (id, version, name, position, active) VALUES (nextval('mentora_seq'), 0, 'Other', 1000, TRUE);

CREATE TABLE project_idea (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL DEFAULT 0,
    enrolment_id         BIGINT        NOT NULL REFERENCES enrolment (id),
    title                VARCHAR(200)  NOT NULL,
    topic_id             BIGINT REFERENCES project_topic (id),
    host_organisation_id BIGINT REFERENCES organisation (id),
    problem              VARCHAR(4000),
    objectives           VARCHAR(4000),
    target_audience      VARCHAR(4000),
    activities           VARCHAR(4000),
    expected_outcomes    VARCHAR(4000),
    timeline             VARCHAR(4000),
    status               VARCHAR(30)   NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_project_idea_enrolment ON project_idea (enrolment_id);
CREATE INDEX ix_project_idea_status ON project_idea (status);
