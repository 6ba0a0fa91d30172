-- Issue 18, second part: what time makes worth telling (a milestone due, a self-assessment window
-- open, a participant falling behind, a participant who can receive a certificate), certificates
-- issued or revoked, and applications received and decided. The kinds are checked by the
-- database as well as by the enum NotificationKind (NotificationRulesTest compares the two); a new
-- kind replaces both constraints like this.
ALTER TABLE notification DROP CONSTRAINT ck_notification_kind;
ALTER TABLE notification ADD CONSTRAINT ck_notification_kind CHECK (kind IN (
    'ENTRY_REVIEWED', 'ENTRIES_WAITING', 'PROJECT_MOVED', 'PROJECT_FEEDBACK', 'MILESTONE_DUE',
    'ASSESSMENT_OPEN', 'AT_RISK', 'CERTIFICATE', 'ELIGIBLE', 'APPLICATION_RECEIVED', 'APPLICATION_DECIDED'));

ALTER TABLE notification_setting DROP CONSTRAINT ck_notification_setting_kind;
ALTER TABLE notification_setting ADD CONSTRAINT ck_notification_setting_kind CHECK (kind IN (
    'ENTRY_REVIEWED', 'ENTRIES_WAITING', 'PROJECT_MOVED', 'PROJECT_FEEDBACK', 'MILESTONE_DUE',
    'ASSESSMENT_OPEN', 'AT_RISK', 'CERTIFICATE', 'ELIGIBLE', 'APPLICATION_RECEIVED', 'APPLICATION_DECIDED'));

-- Was this person (Notifier.tellOnce), or anyone (Notifier.toldAnyone), told of this already?
CREATE INDEX ix_notification_group ON notification (kind, group_key, recipient_id);
