-- The engagement: what a hired student and the company's members do together after the hire.
-- Every row belongs to one application (hired or completed); who and when on each.

-- The message thread between the student and the company's members.
create table engagement_messages (
    id             bigint generated always as identity primary key,
    application_id bigint      not null references applications (id) on delete cascade,
    author_user_id bigint      not null references users (id),
    body           text        not null,
    created_at     timestamptz not null default now(),
    constraint engagement_messages_body_length check (char_length(body) between 1 and 4000)
);
create index engagement_messages_application_idx on engagement_messages (application_id, created_at);

-- Each participant's last visit to the page: later items by someone else are unread.
create table engagement_reads (
    application_id bigint      not null references applications (id) on delete cascade,
    user_id        bigint      not null references users (id),
    last_read_at   timestamptz not null,
    primary key (application_id, user_id)
);

-- Work the student hands in: a link (http/https) or a file checked by its content.
create table engagement_deliverables (
    id             bigint generated always as identity primary key,
    application_id bigint       not null references applications (id) on delete cascade,
    title          varchar(200) not null,
    link_url       varchar(2000),
    file_name      varchar(200),
    content_type   varchar(100),
    size_bytes     integer,
    content        bytea,
    note           text,
    status         varchar(20)  not null default 'SUBMITTED',
    submitted_by   bigint       not null references users (id),
    submitted_at   timestamptz  not null default now(),
    constraint engagement_deliverables_status check (status in ('SUBMITTED', 'ACCEPTED', 'CHANGES_REQUESTED')),
    constraint engagement_deliverables_link_or_file check ((link_url is null) <> (file_name is null)),
    constraint engagement_deliverables_link_scheme check (link_url is null or link_url ~* '^https?://'),
    constraint engagement_deliverables_file_complete check (
        file_name is null or (content is not null and content_type is not null and size_bytes between 1 and 5242880)),
    constraint engagement_deliverables_note_length check (char_length(note) <= 1000)
);
create index engagement_deliverables_application_idx on engagement_deliverables (application_id, submitted_at);

-- The employer's answer to a deliverable: accepted, or changes asked for with a comment.
create table engagement_deliverable_reviews (
    id               bigint generated always as identity primary key,
    deliverable_id   bigint      not null references engagement_deliverables (id) on delete cascade,
    application_id   bigint      not null references applications (id) on delete cascade,
    decision         varchar(20) not null,
    comment          text,
    reviewer_user_id bigint      not null references users (id),
    reviewed_at      timestamptz not null default now(),
    constraint engagement_reviews_decision check (decision in ('ACCEPTED', 'CHANGES_REQUESTED')),
    constraint engagement_reviews_comment check (
        decision = 'ACCEPTED' or char_length(coalesce(comment, '')) > 0),
    constraint engagement_reviews_comment_length check (char_length(comment) <= 1000)
);
create index engagement_reviews_application_idx on engagement_deliverable_reviews (application_id);

-- Optional milestones the employer sets: a title and a due date.
create table engagement_milestones (
    id             bigint generated always as identity primary key,
    application_id bigint       not null references applications (id) on delete cascade,
    title          varchar(200) not null,
    due_on         date         not null,
    created_by     bigint       not null references users (id),
    created_at     timestamptz  not null default now()
);
create index engagement_milestones_application_idx on engagement_milestones (application_id, due_on);

-- One timesheet per week (starting Monday); editable by the student until approved.
create table engagement_timesheets (
    id             bigint generated always as identity primary key,
    application_id bigint       not null references applications (id) on delete cascade,
    week_start     date         not null,
    hours          numeric(4, 1) not null,
    note           text,
    over_reason    text,
    status         varchar(12)  not null default 'SUBMITTED',
    submitted_by   bigint       not null references users (id),
    submitted_at   timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    constraint engagement_timesheets_one_per_week unique (application_id, week_start),
    constraint engagement_timesheets_monday check (extract(isodow from week_start) = 1),
    constraint engagement_timesheets_hours check (hours > 0 and hours <= 80),
    constraint engagement_timesheets_status check (status in ('SUBMITTED', 'APPROVED', 'QUERIED')),
    constraint engagement_timesheets_note_length check (char_length(note) <= 1000),
    constraint engagement_timesheets_reason_length check (char_length(over_reason) <= 500)
);

-- The history of hours: each submission, edit, approval, query and correction (of a week, or
-- of the completed total when timesheet_id is null), with who, when, why, old and new value.
create table engagement_hours_events (
    id             bigint generated always as identity primary key,
    application_id bigint       not null references applications (id) on delete cascade,
    timesheet_id   bigint references engagement_timesheets (id) on delete cascade,
    action         varchar(16)  not null,
    hours          numeric(6, 1),
    previous_hours numeric(6, 1),
    comment        text,
    actor_user_id  bigint       not null references users (id),
    occurred_at    timestamptz  not null default now(),
    constraint engagement_hours_events_action check (
        action in ('SUBMITTED', 'UPDATED', 'APPROVED', 'QUERIED', 'CORRECTED', 'TOTAL_CORRECTED')),
    constraint engagement_hours_events_comment_length check (char_length(comment) <= 1000)
);
create index engagement_hours_events_application_idx on engagement_hours_events (application_id, occurred_at);
