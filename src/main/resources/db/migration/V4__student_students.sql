create table students (
    user_id         bigint primary key references users (id),
    university_id   bigint       not null references universities (id),
    programme       varchar(200),
    graduation_year smallint,
    skills          text[]       not null default '{}',
    bio             text,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    constraint students_graduation_year_range check (graduation_year between 1950 and 2100),
    constraint students_bio_length check (char_length(bio) <= 2000)
);
create index students_university_idx on students (university_id);
