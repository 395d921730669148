-- Single-use links e-mailed to an account: e-mail verification and password reset. Only the
-- SHA-256 of the random 256-bit token is kept, so a copy of this table opens no account.
create table account_tokens (
    id          bigint generated always as identity primary key,
    user_id     bigint      not null references users (id) on delete cascade,
    purpose     varchar(20) not null,
    token_hash  bytea       not null,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    used_at     timestamptz,
    constraint account_tokens_hash_unique unique (token_hash),
    constraint account_tokens_hash_length check (octet_length(token_hash) = 32),
    constraint account_tokens_purpose_known check (purpose in ('VERIFY_EMAIL', 'RESET_PASSWORD')),
    constraint account_tokens_expiry_after_creation check (expires_at > created_at)
);

-- How many links an account was sent lately (resend limits), newest first.
create index account_tokens_user_purpose_created on account_tokens (user_id, purpose, created_at desc);
