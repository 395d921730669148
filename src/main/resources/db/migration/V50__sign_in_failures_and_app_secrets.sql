-- Failed sign-ins counted per typed e-mail ('account:…') and per client address ('address:…'),
-- so that guessing slows down whether or not the account exists (SignInThrottle).
create table sign_in_failures (
    key             text primary key,
    failures        integer not null,
    last_failure_at timestamptz not null
);

-- Secrets the application generates on first start and every instance shares, such as the key
-- that signs remember-me cookies when no key is configured.
create table app_secrets (
    name       text primary key,
    value      text not null,
    created_at timestamptz not null default now()
);
