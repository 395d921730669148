-- Private notes on an application by members of the company it was sent to ("called her on
-- Monday", "strong SQL"). The student never sees them; any member of the company does.
create table application_notes (
    id             bigint generated always as identity primary key,
    application_id bigint      not null references applications (id) on delete cascade,
    author_id      bigint      not null references users (id),
    body           text        not null,
    created_at     timestamptz not null default now(),
    constraint application_notes_body_length check (char_length(body) between 1 and 2000)
);

create index application_notes_application on application_notes (application_id, created_at);
