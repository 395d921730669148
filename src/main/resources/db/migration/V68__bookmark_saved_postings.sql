-- Postings a student bookmarked ("saved"), to come back to. One row per student and posting; a
-- posting that closes or is hidden keeps its bookmarks, and the list says what became of it.
create table saved_postings (
    student_id bigint      not null references students (user_id) on delete cascade,
    posting_id bigint      not null references postings (id) on delete cascade,
    saved_at   timestamptz not null default now(),
    primary key (student_id, posting_id)
);

-- A student's list, newest first.
create index saved_postings_student_saved on saved_postings (student_id, saved_at desc);
