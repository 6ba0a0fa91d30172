-- Dashboards (issue 8): an edition's aggregates (its weekly approved hours, its per-participant
-- sums) read the edition's entries as one range of an index instead of one probe per participant,
-- as Moodle's log keeps the course on every row. An entry's edition is its enrolment's, which never
-- changes, so the copy cannot drift.
ALTER TABLE log_entry ADD COLUMN edition_id BIGINT;
UPDATE log_entry SET edition_id = (SELECT e.edition_id FROM enrolment e WHERE e.id = log_entry.enrolment_id);
ALTER TABLE log_entry ALTER COLUMN edition_id SET NOT NULL;
ALTER TABLE log_entry ADD CONSTRAINT fk_log_entry_edition FOREIGN KEY (edition_id) REFERENCES edition (id);
CREATE INDEX ix_log_entry_edition ON log_entry (edition_id, status, entry_date, learning_mode, minutes, enrolment_id, created_at);
