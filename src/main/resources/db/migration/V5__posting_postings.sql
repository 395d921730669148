-- array_to_string is only STABLE; skills are plain text so this wrapper is safe to mark IMMUTABLE,
-- which a generated column needs.
create function stint_skills_text(skills text[]) returns text
    language sql immutable parallel safe
    as $$ select array_to_string(skills, ' ') $$;

create table postings (
    id                   bigint generated always as identity primary key,
    company_id           bigint       not null references companies (id),
    title                varchar(120) not null,
    description          text         not null,
    category             varchar(20)  not null,
    skills               text[]       not null default '{}',
    hours_per_week       smallint     not null,
    duration_weeks       smallint     not null,
    work_mode            varchar(10)  not null,
    city                 varchar(100),
    country              varchar(2)     not null,
    pay_amount_minor     bigint       not null,
    pay_currency         varchar(3)      not null,
    pay_type             varchar(10)  not null,
    openings             smallint     not null,
    application_deadline date         not null,
    status               varchar(10)  not null default 'DRAFT',
    published_at         timestamptz,
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now(),
    -- What the whole engagement pays: the fee, or rate x hours x weeks; "minimum pay" and the pay
    -- sort compare this.
    pay_total_minor      bigint generated always as (
        case when pay_type = 'HOURLY' then pay_amount_minor * hours_per_week * duration_weeks
             else pay_amount_minor end
    ) stored,
    search_vector        tsvector generated always as (
        setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english', stint_skills_text(skills)), 'B') ||
        setweight(to_tsvector('english', coalesce(description, '')), 'D')
    ) stored,
    constraint postings_title_length check (char_length(title) between 5 and 120),
    constraint postings_description_length check (char_length(description) between 20 and 10000),
    constraint postings_category_known check (category in
        ('SOFTWARE', 'DATA', 'DESIGN', 'MARKETING', 'RESEARCH', 'FINANCE', 'OPERATIONS', 'WRITING')),
    constraint postings_hours_range check (hours_per_week between 1 and 40),
    constraint postings_duration_range check (duration_weeks between 1 and 26),
    constraint postings_work_mode_known check (work_mode in ('REMOTE', 'HYBRID', 'ONSITE')),
    constraint postings_onsite_has_city check (work_mode = 'REMOTE' or city is not null),
    constraint postings_country_upper check (country = upper(country)),
    constraint postings_pay_positive check (pay_amount_minor >= 0),
    constraint postings_currency_known check (pay_currency in ('USD', 'GBP', 'INR', 'EUR')),
    constraint postings_pay_type_known check (pay_type in ('FIXED', 'HOURLY')),
    constraint postings_openings_positive check (openings >= 1),
    constraint postings_status_known check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    constraint postings_published_when_live check (status = 'DRAFT' or published_at is not null)
);

create index postings_company_idx on postings (company_id, created_at desc);
create index postings_open_newest_idx on postings (published_at desc, id desc) where status = 'OPEN';
create index postings_open_deadline_idx on postings (application_deadline, id) where status = 'OPEN';
create index postings_open_category_idx on postings (category, published_at desc) where status = 'OPEN';
create index postings_open_country_idx on postings (country, published_at desc) where status = 'OPEN';
create index postings_open_work_mode_idx on postings (work_mode, published_at desc) where status = 'OPEN';
create index postings_open_pay_idx on postings (pay_currency, pay_total_minor desc) where status = 'OPEN';
create index postings_search_idx on postings using gin (search_vector);
