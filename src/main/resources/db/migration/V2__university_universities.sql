create table universities (
    id           bigint generated always as identity primary key,
    name         varchar(200) not null,
    country      varchar(2)     not null,
    partner_only boolean      not null default false,
    created_at   timestamptz  not null default now(),
    constraint universities_name_unique unique (name),
    constraint universities_country_upper check (country = upper(country))
);

-- The e-mail domains a university's students sign up with; a domain belongs to one university.
create table university_domains (
    domain        varchar(253) primary key,
    university_id bigint not null references universities (id) on delete cascade,
    constraint university_domains_lower check (domain = lower(domain))
);
create index university_domains_university_idx on university_domains (university_id);

create table university_staff (
    user_id       bigint primary key references users (id),
    university_id bigint not null references universities (id),
    job_title     varchar(120)
);
create index university_staff_university_idx on university_staff (university_id);
