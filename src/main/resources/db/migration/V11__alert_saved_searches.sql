-- Saved searches with e-mail alerts. A delivery row per (search, posting) makes every posting
-- reach a subscriber at most once; the job looks at all recent matches not yet delivered, so a
-- late run misses nothing.
create table saved_searches (
    id                bigint generated always as identity primary key,
    student_id        bigint       not null references students (user_id) on delete cascade,
    name              varchar(120) not null,
    query             varchar(1000) not null,
    frequency         varchar(10)  not null,
    unsubscribe_token varchar(40)  not null,
    active            boolean      not null default true,
    created_at        timestamptz  not null default now(),
    last_checked_at   timestamptz,
    constraint saved_searches_frequency_known check (frequency in ('INSTANT', 'DAILY', 'WEEKLY')),
    constraint saved_searches_token_unique unique (unsubscribe_token)
);
create index saved_searches_student_idx on saved_searches (student_id, created_at desc);
create index saved_searches_due_idx on saved_searches (frequency, last_checked_at) where active;

create table saved_search_deliveries (
    saved_search_id bigint      not null references saved_searches (id) on delete cascade,
    posting_id      bigint      not null references postings (id),
    sent_at         timestamptz not null default now(),
    primary key (saved_search_id, posting_id)
);

-- ShedLock: a scheduled job runs on one instance at a time.
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);
