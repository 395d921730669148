-- Benchmark data for the career-office dashboard: 50,000 students and 500,000 applications.
-- Run on an empty Stint schema (see bench/reports-bench.sh). Valid under every check constraint.
-- Bench University 1 holds half of everything (25,000 students, 250,000 applications): the
-- worst case a single dashboard meets. Staff sign in as staff1@bench1.edu ... staff10@bench10.edu
-- with password "bench-password".
\set ON_ERROR_STOP on
begin;

insert into users (email, password_hash, display_name, role, email_verified_at)
values ('bench-admin@stint.example', '{noop}bench-password', 'Bench Admin', 'ADMIN', now());

insert into universities (name, country)
select 'Bench University ' || u, 'US' from generate_series(1, 10) u;
insert into university_domains (domain, university_id)
select 'bench' || right(name, length(name) - 17) || '.edu', id from universities where name like 'Bench University %';
insert into users (email, password_hash, display_name, role, email_verified_at)
select 'staff' || n || '@bench' || n || '.edu', '{noop}bench-password', 'Bench Staff ' || n, 'UNIVERSITY_STAFF', now()
from generate_series(1, 10) n;
insert into university_staff (user_id, university_id)
select us.id, un.id from users us
join universities un on un.name = 'Bench University ' || split_part(split_part(us.email, '@', 1), 'staff', 2)
where us.email like 'staff%@bench%.edu';

-- 500 companies with one member each
insert into companies (name, slug, website, country, created_at)
select 'Bench Company ' || c, 'bench-company-' || c, 'https://benchco' || c || '.example.com', 'US',
       now() - (c % 700) * interval '1 day'
from generate_series(1, 500) c;
insert into users (email, password_hash, display_name, role, email_verified_at)
select 'owner@benchco' || c || '.example.com', '{noop}bench-password', 'Bench Owner ' || c, 'EMPLOYER', now()
from generate_series(1, 500) c;
insert into company_members (user_id, company_id)
select u.id, c.id from companies c
join users u on u.email = 'owner@benchco' || substr(c.slug, 15) || '.example.com'
where c.slug like 'bench-company-%';

-- 5,000 published postings across fields and currencies
insert into postings (company_id, title, description, category, hours_per_week, duration_weeks, work_mode,
                      country, pay_amount_minor, pay_currency, pay_type, openings, application_deadline,
                      status, published_at)
select c.id, 'Bench posting ' || p, 'A benchmark posting with a clear goal and friendly people.',
       (array['SOFTWARE','DATA','DESIGN','MARKETING','RESEARCH','FINANCE','OPERATIONS','WRITING'])[1 + p % 8],
       10 + 5 * (p % 7), 2 + p % 9, 'REMOTE', 'US',
       case p % 4 when 3 then 2500000 else 50000 + 1000 * (p % 50) end,
       (array['USD','GBP','EUR','INR'])[1 + p % 4], 'FIXED', 1 + p % 3,
       current_date + 30 - (p % 60), case when p % 5 = 0 then 'CLOSED' else 'OPEN' end,
       now() - (p % 720) * interval '1 day'
from generate_series(1, 5000) p
join companies c on c.slug = 'bench-company-' || (1 + p % 500);

-- 50,000 students: half at university 1, the rest spread over universities 2..10
insert into users (email, password_hash, display_name, role, email_verified_at)
select 'student' || s || '@bench' || (case when s <= 25000 then 1 else 2 + s % 9 end) || '.edu',
       '{noop}bench-password', 'Bench Student ' || s, 'STUDENT', now()
from generate_series(1, 50000) s;
insert into students (user_id, university_id)
select u.id, d.university_id from users u
join university_domains d on d.domain = split_part(u.email, '@', 2)
where u.email like 'student%@bench%.edu';

-- The report summaries (V40) are kept by row triggers; for a bulk load they are switched off for
-- this transaction's inserts and rebuilt set-wise at the end (report_summary_rebuild()).
alter table applications disable trigger report_applications_insert_delete;
alter table payments disable trigger report_payments_insert_delete;

-- 500,000 applications: ten per student to ten different postings, over the last two years
create temporary table bench_postings as select id, row_number() over (order by id) - 1 as n from postings
    where title like 'Bench posting %';
create temporary table bench_students as select user_id, row_number() over (order by user_id) - 1 as n from students s
    join users u on u.id = s.user_id where u.email like 'student%@bench%.edu';
insert into applications (posting_id, student_id, cover_note, status, submitted_at, updated_at,
                          hired_at, completed_at, hours_worked, student_rating, employer_rating, verification_code)
select bp.id, bs.user_id, 'Benchmark cover note',
       st.status, sub.at, sub.at,
       case when st.status in ('HIRED','COMPLETED') then sub.at + interval '3 days' end,
       case when st.status = 'COMPLETED' then sub.at + interval '24 days' end,
       case when st.status = 'COMPLETED' then 20 + (bs.n + k) % 61 end,
       case when st.status = 'COMPLETED' then 3 + (bs.n + k) % 3 end,
       case when st.status = 'COMPLETED' then 2 + (bs.n * 3 + k) % 4 end,
       case when st.status = 'COMPLETED' then 'bench-' || bs.n || '-' || k end
from bench_students bs
cross join generate_series(0, 9) k
join bench_postings bp on bp.n = (bs.n * 7919 + k * 4729) % 5000
cross join lateral (select now() - ((bs.n * 13 + k * 71) % 730) * interval '1 day'
                               - ((bs.n + k) % 24) * interval '1 hour' as at) sub
cross join lateral (select case
        when (bs.n + k * 3) % 100 < 40 then 'SUBMITTED'
        when (bs.n + k * 3) % 100 < 55 then 'SHORTLISTED'
        when (bs.n + k * 3) % 100 < 75 then 'REJECTED'
        when (bs.n + k * 3) % 100 < 80 then 'WITHDRAWN'
        when (bs.n + k * 3) % 100 < 88 then 'HIRED'
        else 'COMPLETED' end as status) st;

-- A payment for every completed engagement
insert into payments (application_id, amount_minor, currency, paid_on, recorded_by)
select a.id, p.pay_total_minor, p.pay_currency, (a.completed_at + interval '5 days')::date, m.user_id
from applications a
join postings p on p.id = a.posting_id
join company_members m on m.company_id = p.company_id
where a.status = 'COMPLETED' and a.verification_code like 'bench-%';

alter table applications enable trigger report_applications_insert_delete;
alter table payments enable trigger report_payments_insert_delete;
select report_summary_rebuild();

-- University 1 has approved 100 companies
insert into partnerships (university_id, company_id, status, requested_by, decided_by, decided_at)
select un.id, c.id, 'APPROVED', m.user_id, s.user_id, now()
from universities un
join university_staff s on s.university_id = un.id
join companies c on c.slug like 'bench-company-%' and substr(c.slug, 15)::int <= 100
join company_members m on m.company_id = c.id
where un.name = 'Bench University 1';

commit;
analyze;
select (select count(*) from students) as students, (select count(*) from applications) as applications,
       (select count(*) from payments) as payments, (select count(*) from postings) as postings;
