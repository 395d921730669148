-- In-app notices; the same events also send e-mail.
create table notifications (
    id         bigint generated always as identity primary key,
    user_id    bigint       not null references users (id),
    kind       varchar(40)  not null,
    title      varchar(200) not null,
    body       text         not null,
    link       varchar(300),
    created_at timestamptz  not null default now(),
    read_at    timestamptz
);
create index notifications_user_idx on notifications (user_id, created_at desc);
create index notifications_unread_idx on notifications (user_id) where read_at is null;

-- Spring Modulith's event publication registry (JDBC, schema v2): events between modules are
-- stored in the business transaction and retried until their listener succeeds.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
