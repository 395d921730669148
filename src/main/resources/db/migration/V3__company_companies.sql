create table companies (
    id         bigint generated always as identity primary key,
    name       varchar(200) not null,
    slug       varchar(80)  not null,
    website    varchar(300),
    industry   varchar(100),
    country    varchar(2)     not null,
    about      text,
    created_at timestamptz  not null default now(),
    updated_at timestamptz  not null default now(),
    constraint companies_slug_unique unique (slug),
    constraint companies_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint companies_country_upper check (country = upper(country)),
    constraint companies_about_length check (char_length(about) <= 4000)
);

-- A person belongs to at most one company.
create table company_members (
    user_id    bigint primary key references users (id),
    company_id bigint not null references companies (id),
    joined_at  timestamptz not null default now()
);
create index company_members_company_idx on company_members (company_id);
