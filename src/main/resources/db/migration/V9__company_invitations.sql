-- A member invites a colleague by e-mail; they join on sign-up (or at once if they already
-- have an employer account without a company).
create table company_invitations (
    id          bigint generated always as identity primary key,
    company_id  bigint       not null references companies (id),
    email       varchar(254) not null,
    invited_by  bigint       not null references users (id),
    created_at  timestamptz  not null default now(),
    accepted_at timestamptz,
    constraint company_invitations_email_lower check (email = lower(email)),
    constraint company_invitations_unique unique (company_id, email)
);
create index company_invitations_email_idx on company_invitations (email) where accepted_at is null;
