-- Security review, exposure holes (issue "Security", 6 and 8).

-- A practice whose participant withdrew consent leaves the catalogue but keeps its row, so its
-- public address answers "gone" (410) instead of "never existed", and the slug is never given to
-- another practice. Who withdrew and when is in the project's history as well.
ALTER TABLE good_practice ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE good_practice ADD COLUMN withdrawn_by_id BIGINT REFERENCES person (id);
CREATE INDEX ix_good_practice_withdrawn_by ON good_practice (withdrawn_by_id);

-- History lines that are not moves between states (consent given or withdrawn): a bundle key
-- shown instead of "from -> to".
ALTER TABLE project_event ADD COLUMN note_key VARCHAR(80);

-- Throttles (guessing verification codes, checking PDFs on /verify) count per purpose, client
-- address and fixed time window in the database, so every node of a cluster sees the same count.
-- Rows of past windows are deleted as new ones are counted.
CREATE TABLE request_throttle (
    purpose       VARCHAR(40)  NOT NULL,
    address       VARCHAR(64)  NOT NULL,
    window_start  BIGINT       NOT NULL,
    hits          INTEGER      NOT NULL,
    CONSTRAINT pk_request_throttle PRIMARY KEY (purpose, address, window_start)
);
CREATE INDEX ix_request_throttle_window ON request_throttle (window_start);
