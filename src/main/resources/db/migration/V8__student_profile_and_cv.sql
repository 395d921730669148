alter table students
    add column links            text,
    add column portfolio_public boolean not null default false,
    add column public_id        uuid    not null default gen_random_uuid(),
    add constraint students_public_id_unique unique (public_id),
    add constraint students_links_length check (char_length(links) <= 1000);

-- One CV per student, a PDF checked by content on upload.
create table student_cvs (
    student_id  bigint primary key references students (user_id) on delete cascade,
    file_name   varchar(200) not null,
    size_bytes  integer      not null,
    content     bytea        not null,
    uploaded_at timestamptz  not null default now(),
    constraint student_cvs_size check (size_bytes between 1 and 5242880)
);
