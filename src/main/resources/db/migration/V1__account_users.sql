-- Accounts: one row per person who can sign in. E-mail is stored lower-cased, so the unique
-- constraint makes it case-insensitive.
create table users (
    id            bigint generated always as identity primary key,
    email         varchar(254) not null,
    password_hash varchar(200) not null,
    display_name  varchar(120) not null,
    role          varchar(20)  not null,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    constraint users_email_unique unique (email),
    constraint users_email_lower check (email = lower(email)),
    constraint users_role_known check (role in ('STUDENT', 'EMPLOYER', 'UNIVERSITY_STAFF', 'ADMIN'))
);
