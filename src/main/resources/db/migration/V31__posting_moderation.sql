-- Students and staff report a posting; an administrator hides it (its company is told why) or
-- dismisses the report. A hidden posting is closed and never shown to the public again.
alter table postings
    add column hidden_at     timestamptz,
    add column hidden_reason text,
    add constraint postings_hidden_reason check (hidden_at is null or (hidden_reason is not null and status = 'CLOSED')),
    add constraint postings_hidden_reason_length check (char_length(hidden_reason) <= 1000);

create table posting_reports (
    id               bigint generated always as identity primary key,
    posting_id       bigint       not null references postings (id),
    reporter_user_id bigint       not null references users (id),
    reason           text         not null,
    created_at       timestamptz  not null default now(),
    resolution       varchar(10),
    resolved_by      bigint references users (id),
    resolved_at      timestamptz,
    constraint posting_reports_reason_length check (char_length(reason) between 5 and 1000),
    constraint posting_reports_resolution_known check (resolution in ('HIDDEN', 'DISMISSED')),
    constraint posting_reports_resolved check ((resolution is null) = (resolved_at is null))
);
create index posting_reports_open_idx on posting_reports (created_at) where resolution is null;
create unique index posting_reports_one_open_per_reporter on posting_reports (posting_id, reporter_user_id) where resolution is null;
