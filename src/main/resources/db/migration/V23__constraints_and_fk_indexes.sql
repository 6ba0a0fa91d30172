-- Issue 16: the database itself refuses an enumerated value the code does not know, every
-- foreign key that a query follows has an index leading with it, and a redundant log_entry index
-- goes. Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.

-- Every column mapped with @Enumerated(EnumType.STRING) holds one of its Java enum's names (the
-- lists below are those enums as of this script; a new constant needs a new migration that
-- replaces the constraint). Learning modes (log_entry.learning_mode, course_module.learning_mode,
-- certificate_hours.mode, the programme's and edition's hours per mode) are left open: they become
-- data in V22. A NULL passes a CHECK, so the optional columns keep their NULLs. The demo world,
-- the roster import's and the load generator's batch inserts write only these names; a database
-- holding anything else stops here with the offending constraint named, instead of failing later
-- in EclipseLink's enum conversion.
ALTER TABLE account_role ADD CONSTRAINT ck_account_role_role
    CHECK (role IN ('ADMIN', 'TRAINER', 'TUTOR', 'MENTOR', 'PARTICIPANT'));
ALTER TABLE organisation ADD CONSTRAINT ck_organisation_kind
    CHECK (kind IN ('NATIONAL', 'REGIONAL', 'PUBLIC', 'ACADEMIC', 'SCHOOL', 'PARTNER', 'OTHER'));
ALTER TABLE stored_file ADD CONSTRAINT ck_stored_file_kind
    CHECK (kind IN ('PDF', 'PNG', 'JPEG'));

ALTER TABLE course_module ADD CONSTRAINT ck_course_module_kind
    CHECK (kind IN ('TRANSVERSAL', 'DIGITAL'));
ALTER TABLE application ADD CONSTRAINT ck_application_status
    CHECK (status IN ('SUBMITTED', 'WAITLISTED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN'));
ALTER TABLE enrolment ADD CONSTRAINT ck_enrolment_status
    CHECK (status IN ('ACTIVE', 'WITHDRAWN', 'COMPLETED'));
ALTER TABLE staff_assignment ADD CONSTRAINT ck_staff_assignment_role
    CHECK (staff_role IN ('TRAINER', 'TUTOR', 'MENTOR'));
ALTER TABLE staff_assignment ADD CONSTRAINT ck_staff_assignment_mentor_relation
    CHECK (mentor_relation IN ('OWN_LIBRARY', 'REGIONAL_LIBRARY', 'PARTNER_ORGANISATION'));
ALTER TABLE waiver ADD CONSTRAINT ck_waiver_status
    CHECK (status IN ('REQUESTED', 'APPROVED', 'REFUSED', 'WITHDRAWN'));

ALTER TABLE project_idea ADD CONSTRAINT ck_project_idea_status
    CHECK (status IN ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED', 'IN_IMPLEMENTATION',
                      'COMPLETED', 'WITHDRAWN'));
ALTER TABLE project_event ADD CONSTRAINT ck_project_event_from_status
    CHECK (from_status IN ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED',
                           'IN_IMPLEMENTATION', 'COMPLETED', 'WITHDRAWN'));
ALTER TABLE project_event ADD CONSTRAINT ck_project_event_to_status
    CHECK (to_status IN ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED',
                         'IN_IMPLEMENTATION', 'COMPLETED', 'WITHDRAWN'));
ALTER TABLE project_post ADD CONSTRAINT ck_project_post_kind
    CHECK (kind IN ('FEEDBACK', 'JOURNAL'));
ALTER TABLE good_practice ADD CONSTRAINT ck_good_practice_target_audience
    CHECK (target_audience IN ('LABOUR_FORCE', 'ALL', 'ICT_PROFESSIONALS', 'EDUCATION'));
ALTER TABLE good_practice ADD CONSTRAINT ck_good_practice_skill_level
    CHECK (skill_level IN ('FOUNDATION', 'INTERMEDIATE', 'ADVANCED', 'HIGHLY_SPECIALISED'));
ALTER TABLE good_practice ADD CONSTRAINT ck_good_practice_sector
    CHECK (sector IN ('LIBRARIES', 'EDUCATION', 'CULTURE', 'PUBLIC_ADMINISTRATION', 'CIVIL_SOCIETY',
                      'OTHER'));
ALTER TABLE good_practice ADD CONSTRAINT ck_good_practice_scope
    CHECK (scope IN ('NATIONAL', 'INTERNATIONAL'));
ALTER TABLE good_practice ADD CONSTRAINT ck_good_practice_funding
    CHECK (funding IN ('PUBLIC', 'PRIVATE'));

ALTER TABLE log_entry ADD CONSTRAINT ck_log_entry_status
    CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED', 'CHANGES_REQUESTED', 'WITHDRAWN'));
ALTER TABLE log_entry ADD CONSTRAINT ck_log_entry_reviewer_role
    CHECK (reviewer_role IN ('TRAINER', 'TUTOR', 'MENTOR'));
ALTER TABLE log_entry_audit ADD CONSTRAINT ck_log_entry_audit_from_status
    CHECK (from_status IN ('SUBMITTED', 'APPROVED', 'REJECTED', 'CHANGES_REQUESTED', 'WITHDRAWN'));
ALTER TABLE log_entry_audit ADD CONSTRAINT ck_log_entry_audit_to_status
    CHECK (to_status IN ('SUBMITTED', 'APPROVED', 'REJECTED', 'CHANGES_REQUESTED', 'WITHDRAWN'));

ALTER TABLE competence_settings ADD CONSTRAINT ck_competence_settings_counting_rule
    CHECK (counting_rule IN ('LATEST_MENTOR', 'LATEST_STAFF', 'LOWEST_STAFF'));
ALTER TABLE assessment_window ADD CONSTRAINT ck_assessment_window_moment
    CHECK (moment IN ('COURSE_START', 'COURSE_END', 'WORK_BASED_END'));
ALTER TABLE competence_rating ADD CONSTRAINT ck_competence_rating_moment
    CHECK (moment IN ('COURSE_START', 'COURSE_END', 'WORK_BASED_END'));
ALTER TABLE competence_rating ADD CONSTRAINT ck_competence_rating_assessor_role
    CHECK (assessor_role IN ('SELF', 'MENTOR', 'TUTOR', 'TRAINER', 'ADMINISTRATOR'));
ALTER TABLE rating_evidence ADD CONSTRAINT ck_rating_evidence_kind
    CHECK (kind IN ('LOG_ENTRY', 'MILESTONE', 'FILE'));

ALTER TABLE completion_rule ADD CONSTRAINT ck_completion_rule_project_requirement
    CHECK (project_requirement IN ('NONE', 'APPROVED', 'COMPLETED'));
ALTER TABLE certificate ADD CONSTRAINT ck_certificate_status
    CHECK (status IN ('VALID', 'REVOKED', 'SUPERSEDED'));

-- Foreign keys that queries follow from the referenced row and that had no index leading with
-- them. A trainer of a module in an edition (attendance, review routing, the staff page's "current
-- trainer", the administrator's list of face-to-face modules without a trainer) is looked up by
-- module and edition; ix_staff_assignment_edition (edition_id, staff_role) read every trainer of
-- the edition for it.
CREATE INDEX ix_staff_assignment_module ON staff_assignment (module_id, edition_id);
-- The same list joins a programme's modules to that programme's editions.
CREATE INDEX ix_edition_programme ON edition (programme_id);
-- The other unindexed foreign keys are only read from the referencing row towards its target
-- (join fetch of author, actor, topic, host organisation, job profile, file), which the target's
-- primary key serves, or are always narrowed by an indexed column first (waiver by enrolment);
-- and no code deletes a stored_file (FileStore.delete has no caller), person, organisation or
-- topic row, so no delete has to search them either.

-- ix_log_entry_progress looked redundant beside ix_log_entry_report (same leading columns), but
-- measured on PostgreSQL with 1M entries (docs/benchmarks.md, "log_entry: the progress index") the
-- progress sums run twice as fast with it (one participant 0.03 vs 0.06 ms, a slice of 1,000
-- participants 62 vs 120 ms): it is the covering index of the one hours query (logbook.HoursQuery
-- groups by enrolment, status and mode, V22 rebuilt it on mode_id). It stays; nothing is dropped.
