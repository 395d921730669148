create table applications (
    id           bigint generated always as identity primary key,
    posting_id   bigint      not null references postings (id),
    student_id   bigint      not null references students (user_id),
    cover_note   text        not null,
    status       varchar(12) not null default 'SUBMITTED',
    submitted_at timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    constraint applications_one_per_student unique (posting_id, student_id),
    constraint applications_cover_note_length check (char_length(cover_note) between 1 and 3000),
    constraint applications_status_known check (status in
        ('SUBMITTED', 'SHORTLISTED', 'REJECTED', 'WITHDRAWN', 'HIRED', 'COMPLETED'))
);
create index applications_student_idx on applications (student_id, submitted_at desc);
create index applications_posting_status_idx on applications (posting_id, status);
