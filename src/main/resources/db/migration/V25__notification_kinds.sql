-- Issue 18, second part: what time makes worth telling (a milestone due, a self-assessment window
-- open, a participant falling behind), certificates issued or revoked, and applications received
-- and decided. The kinds are checked by the database as well as by the enum NotificationKind
-- (NotificationKindsTest compares the two); a new kind replaces both constraints like this.
ALTER TABLE notification DROP CONSTRAINT ck_notification_kind;
ALTER TABLE notification ADD CONSTRAINT ck_notification_kind CHECK (kind IN (
    'ENTRY_REVIEWED', 'ENTRIES_WAITING', 'PROJECT_MOVED', 'PROJECT_FEEDBACK', 'MILESTONE_DUE',
    'ASSESSMENT_OPEN', 'AT_RISK', 'CERTIFICATE', 'APPLICATION_RECEIVED', 'APPLICATION_DECIDED'));

ALTER TABLE notification_setting DROP CONSTRAINT ck_notification_setting_kind;
ALTER TABLE notification_setting ADD CONSTRAINT ck_notification_setting_kind CHECK (kind IN (
    'ENTRY_REVIEWED', 'ENTRIES_WAITING', 'PROJECT_MOVED', 'PROJECT_FEEDBACK', 'MILESTONE_DUE',
    'ASSESSMENT_OPEN', 'AT_RISK', 'CERTIFICATE', 'APPLICATION_RECEIVED', 'APPLICATION_DECIDED'));

-- The daily watches' question: was this person told of this already (Notifier.tellOnce)?
CREATE INDEX ix_notification_group ON notification (recipient_id, kind, group_key);
