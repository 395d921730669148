-- A realistic marketplace of a chosen size, generated set-wise inside PostgreSQL (no row-by-row
-- inserts). Run through bench/generate.sh, which creates and migrates the database first.
-- Variables (psql -v): postings, companies, students, applications.
-- Every row satisfies the check constraints of src/main/resources/db/migration.
\set ON_ERROR_STOP on
\timing on
select setseed(0.20261129);
create extension if not exists pgcrypto;

-- One bcrypt hash of "demo-password" for every generated account (hashing 50,000 would take minutes).
create temp table pw as select '{bcrypt}' || crypt('demo-password', gen_salt('bf', 10)) as hash;

create temp table seed_countries (n int, code text, currency text, cities text[]);
insert into seed_countries values
  (1, 'US', 'USD', '{New York,San Francisco,Chicago,Austin,Boston,Seattle,Atlanta,Denver}'),
  (2, 'GB', 'GBP', '{London,Manchester,Edinburgh,Bristol,Leeds,Birmingham}'),
  (3, 'IN', 'INR', '{Bengaluru,Pune,Hyderabad,Mumbai,Delhi,Chennai}'),
  (4, 'IE', 'EUR', '{Dublin,Cork,Galway}'),
  (5, 'DE', 'EUR', '{Berlin,Munich,Hamburg}'),
  (6, 'CA', 'USD', '{Toronto,Vancouver,Montreal}'),
  (7, 'NL', 'EUR', '{Amsterdam,Rotterdam,Utrecht}'),
  (8, 'SG', 'USD', '{Singapore}');
-- Weighted pick: US 35 %, IN 25 %, GB 20 %, the rest 20 %.
create function pg_temp.pick_country(r float8) returns int language sql as $$
  select case when r < 0.35 then 1 when r < 0.60 then 3 when r < 0.80 then 2
              else 4 + floor((r - 0.80) / 0.05)::int end $$;

-- Universities, their domains and one career-office member each.
insert into universities (name, country, partner_only)
select 'Bench University ' || g, (array['US','GB','IN','US'])[1 + g % 4], g % 5 = 0
from generate_series(1, 40) g;
insert into university_domains (domain, university_id)
select 'uni' || row_number() over (order by id) || '.bench.example.edu', id
from universities where name like 'Bench University %';
insert into users (email, password_hash, display_name, role, email_verified_at)
select 'staff' || g || '@bench.example.edu', (select hash from pw), 'Staff Member ' || g, 'UNIVERSITY_STAFF', now()
from generate_series(1, 40) g;
insert into university_staff (user_id, university_id, job_title)
select u.id, un.id, 'Careers adviser'
from users u
join universities un on un.name = 'Bench University ' || substring(u.email from 'staff(\d+)@')
where u.email like 'staff%@bench.example.edu';

-- Companies, each with one employer member.
insert into companies (name, slug, website, industry, country, about, created_at, updated_at)
select name, 'bench-company-' || g, 'https://company' || g || '.bench.example.com',
       (array['Software','Data and analytics','Health technology','Financial services','Media','Retail',
              'Renewable energy','Education','Logistics','Design agency'])[1 + g % 10],
       c.code, name || ' is a growing ' || lower((array['software','analytics','health','fintech','media','retail',
              'energy','education','logistics','design'])[1 + g % 10]) || ' business hiring students for short projects.',
       now() - make_interval(days => 30 + g % 700), now() - make_interval(days => g % 30)
from (select g, pg_temp.pick_country(random()) as cn,
             (array['Lumen','Bright','North','Copper','Kestrel','Saffron','Monsoon','Indus','Pine','Fen','Harbor','Silver',
                    'Blue','Red','Oak','Maple','River','Summit','Atlas','Nova'])[1 + g % 20] || ' ' ||
             (array['Analytics','Labs','Health','Robotics','Media','Pay','Energy','Mobility','Agritech','Studio','Systems',
                    'Works','Digital','Foods','Logistics','Learning','Finance','Cloud','Games','Bio'])[1 + (g / 20) % 20] ||
             ' ' || g as name
      from generate_series(1, :companies) g) s
join seed_countries c on c.n = s.cn;
insert into users (email, password_hash, display_name, role, email_verified_at)
select 'employer' || g || '@bench.example.com', (select hash from pw), 'Employer ' || g, 'EMPLOYER', now()
from generate_series(1, :companies) g;
insert into company_members (user_id, company_id)
select u.id, c.id from users u
join companies c on c.slug = 'bench-company-' || substring(u.email from 'employer(\d+)@')
where u.email like 'employer%@bench.example.com';

-- Every university has vetted a fifth of the companies (approved partnerships), so that the
-- students of partner-only universities see postings and every student sees "vetted partner" marks.
insert into partnerships (university_id, company_id, status, message, requested_by, requested_at, decided_by, decided_at)
select un.id, c.id, 'APPROVED', 'We would like to offer your students short projects.', m.user_id,
       now() - interval '60 days', st.user_id, now() - interval '50 days'
from universities un
join university_staff st on st.university_id = un.id
join companies c on (c.id + un.id) % 5 = 0
join company_members m on m.company_id = c.id
where un.name like 'Bench University %';

-- Students at the bench universities.
insert into users (email, password_hash, display_name, role, created_at, email_verified_at)
select 'student' || g || '@uni' || (1 + g % 40) || '.bench.example.edu', (select hash from pw),
       (array['Maya','Daniel','Aisha','Liam','Sofia','Noah','Emma','Oliver','Chloe','Ananya','Rohan','Meera',
              'Arjun','Priya','Lucas','Amelia','Kwame','Yuki','Fatima','Mateo'])[1 + g % 20] || ' ' ||
       (array['Chen','Ortiz','Khan','Foster','Rossi','Kim','Hughes','Grant','Evans','Sharma','Gupta','Nair',
              'Patel','Smith','Garcia','Okafor','Tanaka','Ali','Silva','Brown'])[1 + (g / 20) % 20],
       'STUDENT', now() - make_interval(days => g % 400), now() - make_interval(days => g % 400)
from generate_series(1, :students) g;
insert into students (user_id, university_id, programme, graduation_year, skills, bio)
select u.id, d.university_id,
       (array['BSc Computer Science','BA Economics','BSc Data Science','BFA Graphic Design','BEng Mechanical Engineering',
              'BA English Literature','BSc Accounting and Finance','BSc Psychology','BTech Computer Science','MBA Marketing'])[1 + u.id % 10],
       2026 + (u.id % 4)::int,
       (array['{Python,SQL}','{Figma,UX research}','{Excel,Statistics}','{Java,Spring}','{Copywriting,SEO}',
              '{Market research,Excel}','{React,TypeScript}','{Financial modelling,Excel}'])[1 + u.id % 8]::text[],
       'Student keen on short, paid projects.'
from users u
join university_domains d on d.domain = split_part(u.email, '@', 2)
where u.role = 'STUDENT' and u.email like 'student%.bench.example.edu';

-- The kinds of work: a title, its field, the skills it asks for and what it is about.
create temp table seed_work (n int, category text, role text, skills text[], about text);
insert into seed_work values
 (1,'DATA','Data analyst','{SQL,Excel,Statistics}','analyse customer data and present what it shows'),
 (2,'DATA','Junior data analyst','{SQL,Python,Tableau}','find what predicts churn in two years of subscription data'),
 (3,'DATA','Data engineer','{Python,Airflow,SQL}','build a small, reliable pipeline from our shop into the warehouse'),
 (4,'DATA','Dashboard developer','{Power BI,SQL,Data visualisation}','design an operations dashboard managers open every Monday'),
 (5,'DATA','Machine learning assistant','{Python,scikit-learn,pandas}','train and evaluate a simple demand forecasting model'),
 (6,'SOFTWARE','Backend developer','{Java,Spring,PostgreSQL}','add two features to our order service, with tests'),
 (7,'SOFTWARE','Frontend developer','{React,TypeScript,CSS}','rebuild the settings pages of our web app'),
 (8,'SOFTWARE','Mobile developer','{Kotlin,Android,Testing}','fix reported bugs in our Android app and add regression tests'),
 (9,'SOFTWARE','DevOps assistant','{Docker,GitHub Actions,Bash}','turn a manual release checklist into a pipeline'),
 (10,'SOFTWARE','QA tester','{Testing,Selenium,Jira}','write automated browser tests for our checkout'),
 (11,'SOFTWARE','Accessibility developer','{HTML,CSS,Accessibility}','audit our web app against WCAG 2.2 and fix what matters most'),
 (12,'DESIGN','UX designer','{Figma,UX research,Prototyping}','interview users and prototype a simpler onboarding'),
 (13,'DESIGN','Graphic designer','{Adobe Illustrator,Branding,Typography}','create launch illustrations in our brand style'),
 (14,'DESIGN','Product designer','{Figma,Design systems,User testing}','tidy our design system and document its components'),
 (15,'MARKETING','Marketing assistant','{Social media,Copywriting,Canva}','plan and draft a four-week social campaign'),
 (16,'MARKETING','SEO specialist','{SEO,Google Analytics,Content strategy}','audit our search performance and plan content'),
 (17,'MARKETING','Market researcher','{Market research,Excel,Presentation}','compare ten competitors on price and features'),
 (18,'MARKETING','Growth marketer','{Email marketing,A/B testing,HubSpot}','run three e-mail experiments and report results'),
 (19,'RESEARCH','Research assistant','{Research,Academic writing,Literature review}','summarise recent research for a non-specialist team'),
 (20,'RESEARCH','User researcher','{User research,Interviewing,Synthesis}','recruit and interview eight customers'),
 (21,'FINANCE','Financial analyst','{Excel,Financial modelling,Accounting}','build a 13-week cash-flow forecast model'),
 (22,'FINANCE','Pricing analyst','{Excel,Pricing,Statistics}','model three pricing options for a new plan'),
 (23,'OPERATIONS','Operations assistant','{Process mapping,Notion,Customer support}','map our support process and propose improvements'),
 (24,'OPERATIONS','Supply chain assistant','{Airtable,Data entry,Communication}','verify and update 300 supplier records'),
 (25,'WRITING','Content writer','{Copywriting,Editing,SEO}','write ten help-centre articles'),
 (26,'WRITING','Technical writer','{Technical writing,Markdown,Editing}','document our public API with examples'),
 (27,'WRITING','Case study writer','{Interviewing,Copywriting,Editing}','turn customer interviews into case studies');

create temp table seed_topic (n int, topic text);
insert into seed_topic values (1,'for a product launch'),(2,'for our retail clients'),(3,'in health care'),
 (4,'for a fintech start-up'),(5,'for community clinics'),(6,'for an online shop'),(7,'for a climate charity'),
 (8,'for a logistics team'),(9,'for an education platform'),(10,'for a games studio'),(11,'for a food delivery app'),
 (12,'for a renewable energy project');

insert into postings (company_id, title, description, category, skills, hours_per_week, duration_weeks, work_mode,
                      city, country, pay_amount_minor, pay_currency, pay_type, openings, application_deadline,
                      status, published_at, created_at, updated_at)
select s.company_id,
       w.role || ' ' || t.topic,
       'We are looking for a student to ' || w.about || ' ' || t.topic || '. '
         || (array['You will work with a friendly team and get feedback every week.',
                   'A mentor will review your work twice a week.',
                   'Everything is documented, and you choose your own hours.',
                   'You will present your results to the team at the end.',
                   'Good communication matters more to us than experience.'])[1 + s.g % 5] || ' '
         || (array['Tools and accounts are provided.', 'We pay on completion, within 14 days.',
                   'Part of the work can be done asynchronously.', 'Ideal for a portfolio project.'])[1 + (s.g / 5) % 4],
       w.category, w.skills || (array['Communication','Teamwork','Problem solving','Attention to detail'])[1 + s.g % 4],
       s.hours, s.weeks, s.mode,
       case when s.mode = 'REMOTE' then null else c.cities[1 + (s.g % array_length(c.cities, 1))] end,
       c.code,
       case when s.hourly then
              case c.currency when 'INR' then 20000 + 1000 * (s.g % 60) when 'GBP' then 1200 + 25 * (s.g % 80)
                              when 'EUR' then 1400 + 25 * (s.g % 80) else 1500 + 25 * (s.g % 100) end
            else
              case c.currency when 'INR' then 1000000 + 50000 * (s.g % 80) when 'GBP' then 40000 + 2500 * (s.g % 80)
                              when 'EUR' then 45000 + 2500 * (s.g % 80) else 50000 + 2500 * (s.g % 100) end
       end,
       c.currency, case when s.hourly then 'HOURLY' else 'FIXED' end,
       1 + s.g % 5,
       (s.published + make_interval(days => 21 + s.g % 80))::date,
       s.status,
       case when s.status = 'DRAFT' then null else s.published end,
       s.published - interval '2 days',
       s.published
from (select g,
             cid.id as company_id,
             1 + floor(random() * 27)::int as wn,
             1 + floor(random() * 12)::int as tn,
             pg_temp.pick_country(random()) as cn,
             (array[5,10,10,15,15,20,20,20,25,30,35,40])[1 + floor(random() * 12)::int] as hours,
             (array[1,2,2,3,4,4,6,8,10,12,16,26])[1 + floor(random() * 12)::int] as weeks,
             (array['REMOTE','REMOTE','REMOTE','REMOTE','HYBRID','HYBRID','HYBRID','ONSITE','ONSITE','ONSITE'])[1 + floor(random() * 10)::int] as mode,
             random() < 0.6 as hourly,
             (array['OPEN','OPEN','OPEN','OPEN','OPEN','OPEN','OPEN','CLOSED','CLOSED','DRAFT'])[1 + floor(random() * 10)::int] as status,
             now() - make_interval(secs => floor(random() * 90 * 86400)::int) as published
      from generate_series(1, :postings) g
      join (select id, row_number() over (order by id) as rn from companies where slug like 'bench-company-%') cid
        on cid.rn = 1 + (g - 1) % :companies) s
join seed_work w on w.n = s.wn
join seed_topic t on t.n = s.tn
join seed_countries c on c.n = s.cn
-- In the order they were published, as a live marketplace appends them (drafts last).
order by s.published;

-- Applications: each student applies to applications/students postings; (student, posting) pairs
-- are distinct by construction, and only published postings receive any.
create temp table live as
select row_number() over (order by id) as rn, id from postings where status <> 'DRAFT';
create temp table applicants as
select row_number() over (order by user_id) - 1 as sn, user_id from students
where user_id in (select id from users where email like 'student%.bench.example.edu');
-- The report summaries (V40) are kept by row triggers: off for the bulk insert (in one transaction,
-- so they cannot stay off), rebuilt set-wise afterwards.
begin;
alter table applications disable trigger report_applications_insert_delete;
insert into applications (posting_id, student_id, cover_note, status, submitted_at, updated_at,
                          hired_at, completed_at, hours_worked, verification_code, student_rating)
select posting_id, student_id, note, st, submitted, updated,
       case when st in ('HIRED', 'COMPLETED') then submitted + interval '2 days' end,
       case when st = 'COMPLETED' then submitted + interval '20 days' end,
       case when st = 'COMPLETED' then 10 + i % 60 end,
       case when st = 'COMPLETED' then 'bench-' || i end,
       case when st = 'COMPLETED' then 3 + i % 3 end
from (
    select i, l.id as posting_id, a.user_id as student_id,
           (array['I have done similar work in a class project and would love to help.',
                  'This matches my course and I can start next week.',
                  'I am keen to build my portfolio and have the skills you ask for.'])[1 + i % 3] as note,
           (array['SUBMITTED','SUBMITTED','SUBMITTED','SUBMITTED','SHORTLISTED','REJECTED','REJECTED','WITHDRAWN','HIRED','COMPLETED'])[1 + (i / 7) % 10] as st,
           now() - make_interval(hours => i % 2000) as submitted,
           now() - make_interval(hours => i % 1000) as updated
    from generate_series(0, :applications - 1) i
    join applicants a on a.sn = i % (select count(*) from applicants)
    join live l on l.rn = 1 + ((a.sn * 7 + (i / (select count(*) from applicants)) * 9973) % (select count(*) from live))
) generated;

alter table applications enable trigger report_applications_insert_delete;
commit;
select report_summary_rebuild();

-- What the application's expiry job would do at its first run: open postings past their deadline close.
update postings set status = 'CLOSED', closed_reason = 'EXPIRED', closed_at = now(), updated_at = now()
where status = 'OPEN' and application_deadline < current_date;

select (select count(*) from postings) as postings, (select count(*) from companies) as companies,
       (select count(*) from students) as students, (select count(*) from applications) as applications;
