-- Career offices vet companies: one row per (university, company) holding the current state, and
-- every request and decision kept as history with who, when and why.
create table partnerships (
    id            bigint generated always as identity primary key,
    university_id bigint       not null references universities (id),
    company_id    bigint       not null references companies (id),
    status        varchar(10)  not null,
    message       text,
    reason        text,
    requested_by  bigint       not null references users (id),
    requested_at  timestamptz  not null default now(),
    decided_by    bigint references users (id),
    decided_at    timestamptz,
    constraint partnerships_pair_unique unique (university_id, company_id),
    constraint partnerships_status_known check (status in ('REQUESTED', 'APPROVED', 'DECLINED', 'REVOKED')),
    constraint partnerships_message_length check (char_length(message) <= 1000),
    constraint partnerships_reason_length check (char_length(reason) <= 1000),
    constraint partnerships_reason_when_refused check (status not in ('DECLINED', 'REVOKED') or reason is not null),
    constraint partnerships_decided check (status = 'REQUESTED' or (decided_by is not null and decided_at is not null))
);
-- The partner-only rule asks "is company c an approved partner of university u?" for every posting.
create index partnerships_approved_idx on partnerships (university_id, company_id) where status = 'APPROVED';
create index partnerships_company_idx on partnerships (company_id, status);
create index partnerships_pending_idx on partnerships (university_id, requested_at) where status = 'REQUESTED';

create table partnership_events (
    id             bigint generated always as identity primary key,
    partnership_id bigint      not null references partnerships (id),
    status         varchar(10) not null,
    note           text,
    actor_user_id  bigint      not null references users (id),
    occurred_at    timestamptz not null default now(),
    constraint partnership_events_status_known check (status in ('REQUESTED', 'APPROVED', 'DECLINED', 'REVOKED')),
    constraint partnership_events_note_length check (char_length(note) <= 1000)
);
create index partnership_events_partnership_idx on partnership_events (partnership_id, occurred_at, id);

-- Staff invite colleagues (and an admin the first staff member) by e-mail; the link signs them up.
create table staff_invitations (
    id            bigint generated always as identity primary key,
    university_id bigint       not null references universities (id),
    email         varchar(254) not null,
    token         varchar(64)  not null,
    invited_by    bigint       not null references users (id),
    created_at    timestamptz  not null default now(),
    accepted_at   timestamptz,
    constraint staff_invitations_email_lower check (email = lower(email)),
    constraint staff_invitations_token_unique unique (token),
    constraint staff_invitations_unique unique (university_id, email)
);

-- Postings a career office recommends to its students.
create table recommendations (
    id             bigint generated always as identity primary key,
    university_id  bigint      not null references universities (id),
    posting_id     bigint      not null references postings (id),
    note           varchar(300),
    recommended_by bigint      not null references users (id),
    created_at     timestamptz not null default now(),
    constraint recommendations_unique unique (university_id, posting_id)
);

-- Reports are SQL aggregates over one university's students' applications: this covering index
-- lets the report read them with index-only scans (student by student, no heap visits).
create index applications_report_idx on applications (student_id)
    include (id, posting_id, submitted_at, hired_at, completed_at, hours_worked, student_rating);
create index payments_paid_on_idx on payments (paid_on);
