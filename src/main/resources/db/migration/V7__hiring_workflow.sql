-- The hiring workflow: why a posting closed, each application's history, completion, ratings
-- both ways, the payment record and the public verification code of a completed engagement.

alter table postings
    add column closed_reason varchar(10),
    add column closed_at     timestamptz,
    add constraint postings_closed_reason_known check (closed_reason in ('MANUAL', 'FILLED', 'EXPIRED'));

alter table applications
    add column hired_at          timestamptz,
    add column completed_at      timestamptz,
    add column hours_worked      numeric(6, 1),
    add column student_rating    smallint,
    add column student_feedback  text,
    add column employer_rating   smallint,
    add column employer_comment  text,
    add column employer_rated_at timestamptz,
    add column verification_code varchar(32),
    add constraint applications_hours_worked_range check (hours_worked > 0 and hours_worked <= 1040),
    add constraint applications_student_rating_range check (student_rating between 1 and 5),
    add constraint applications_employer_rating_range check (employer_rating between 1 and 5),
    add constraint applications_student_feedback_length check (char_length(student_feedback) <= 2000),
    add constraint applications_employer_comment_length check (char_length(employer_comment) <= 2000),
    add constraint applications_verification_code_unique unique (verification_code),
    add constraint applications_completion_complete check (
        status <> 'COMPLETED' or (hours_worked is not null and completed_at is not null and verification_code is not null));

create index applications_posting_hired_idx on applications (posting_id) where status in ('HIRED', 'COMPLETED');

-- Every status change: who, when, why.
create table application_events (
    id             bigint generated always as identity primary key,
    application_id bigint      not null references applications (id) on delete cascade,
    from_status    varchar(12),
    to_status      varchar(12) not null,
    actor_user_id  bigint references users (id),
    note           text,
    occurred_at    timestamptz not null default now(),
    constraint application_events_note_length check (char_length(note) <= 1000)
);
create index application_events_application_idx on application_events (application_id, occurred_at, id);

-- What the company says it paid for a completed engagement.
create table payments (
    application_id bigint primary key references applications (id),
    amount_minor   bigint      not null,
    currency       varchar(3)  not null,
    paid_on        date        not null,
    reference      varchar(100),
    note           text,
    recorded_by    bigint      not null references users (id),
    recorded_at    timestamptz not null default now(),
    constraint payments_amount_positive check (amount_minor > 0),
    constraint payments_currency_known check (currency in ('USD', 'GBP', 'INR', 'EUR')),
    constraint payments_note_length check (char_length(note) <= 1000)
);
