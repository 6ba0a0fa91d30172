-- Dashboards (issue 8): the per-participant sums (approved, waiting, last logged) and the approved
-- hours per day and learning mode of an edition read log_entry by enrolment and status; with the
-- day, mode, minutes and creation time in the index both are answered from the index alone.
CREATE INDEX ix_log_entry_report ON log_entry (enrolment_id, status, entry_date, learning_mode, minutes, created_at);
