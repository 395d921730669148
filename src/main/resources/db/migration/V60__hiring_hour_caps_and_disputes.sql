-- Weekly hour caps: a student's own cap, and their university's default cap that applies between
-- its term dates (student visas in the UK and the US limit term-time work to 20 hours a week).
alter table students
    add column weekly_hour_cap smallint,
    add constraint students_weekly_hour_cap_range check (weekly_hour_cap between 1 and 168);

alter table universities
    add column default_weekly_hour_cap smallint,
    add column term_starts_on          date,
    add column term_ends_on            date,
    add constraint universities_default_cap_range check (default_weekly_hour_cap between 1 and 168),
    add constraint universities_term_dates_together check ((term_starts_on is null) = (term_ends_on is null)),
    add constraint universities_term_dates_order check (term_ends_on >= term_starts_on);

-- Hired applications per student: the hours a student is committed to are summed at every hire
-- and on every applicant list.
create index applications_student_hired_idx on applications (student_id) where status = 'HIRED';

-- A student's dispute about the pay of a completed engagement (one per engagement), seen by the
-- employer and the student's career office, which notes an outcome.
create table payment_disputes (
    id             bigint generated always as identity primary key,
    application_id bigint       not null references applications (id) on delete cascade,
    reason         text         not null,
    raised_by      bigint       not null references users (id),
    raised_at      timestamptz  not null default now(),
    outcome        varchar(10),
    outcome_note   text,
    decided_by     bigint references users (id),
    decided_at     timestamptz,
    constraint payment_disputes_one_per_application unique (application_id),
    constraint payment_disputes_reason_length check (char_length(reason) between 1 and 2000),
    constraint payment_disputes_outcome_known check (outcome in ('RESOLVED', 'UPHELD', 'REJECTED')),
    constraint payment_disputes_outcome_note_length check (char_length(outcome_note) <= 2000),
    constraint payment_disputes_decided check (outcome is null or (decided_by is not null and decided_at is not null))
);
