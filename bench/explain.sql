-- The search queries exactly as PostingSearch builds them (with the parameters filled in), under
-- EXPLAIN ANALYZE: run with  psql -d stint_bench -f bench/explain.sql
-- First the summary (total + facets, one grouped query), then the page, for: browse page 1,
-- browse page 50, a keyword search, and a keyword search with three filters.
\pset pager off

\echo '=== browse: summary (total and facets) ==='
explain (analyze, buffers, costs off)
select grouping(p.category) as g_category, grouping(p.work_mode) as g_mode, grouping(p.country) as g_country,
       p.category, p.work_mode, p.country, count(*) as n
from postings p where p.status = 'OPEN' and p.application_deadline >= current_date
group by grouping sets ((p.category), (p.work_mode), (p.country), ()) order by n desc;

\echo '=== browse page 1 (newest) ==='
explain (analyze, buffers, costs off)
select p.id, p.title, p.category, p.skills, p.hours_per_week, p.duration_weeks, p.work_mode, p.city, p.country,
       p.pay_amount_minor, p.pay_currency, p.pay_type, p.openings, p.application_deadline, p.published_at,
       c.id as company_id, c.name as company_name
from postings p join companies c on c.id = p.company_id
where p.status = 'OPEN' and p.application_deadline >= current_date
order by p.published_at desc, p.id desc limit 20 offset 0;

\echo '=== browse page 50 (newest) ==='
explain (analyze, buffers, costs off)
select p.id, p.title, p.category, p.skills, p.hours_per_week, p.duration_weeks, p.work_mode, p.city, p.country,
       p.pay_amount_minor, p.pay_currency, p.pay_type, p.openings, p.application_deadline, p.published_at,
       c.id as company_id, c.name as company_name
from postings p join companies c on c.id = p.company_id
where p.status = 'OPEN' and p.application_deadline >= current_date
order by p.published_at desc, p.id desc limit 20 offset 980;

\echo '=== keyword "data analyst": summary ==='
explain (analyze, buffers, costs off)
select grouping(p.category) as g_category, grouping(p.work_mode) as g_mode, grouping(p.country) as g_country,
       p.category, p.work_mode, p.country, count(*) as n
from postings p where p.status = 'OPEN' and p.application_deadline >= current_date
  and p.search_document @@ (to_tsquery('english', 'data') && (to_tsquery('english', 'analyst') || to_tsquery('simple', 'analyst:*')))
group by grouping sets ((p.category), (p.work_mode), (p.country), ()) order by n desc;

\echo '=== keyword "data analyst": page 1 by relevance (over the newest 1,000 matches, as the app runs it when there are more) ==='
explain (analyze, buffers, costs off)
select p.id, p.title, p.category, p.skills, p.hours_per_week, p.duration_weeks, p.work_mode, p.city, p.country,
       p.pay_amount_minor, p.pay_currency, p.pay_type, p.openings, p.application_deadline, p.published_at,
       c.id as company_id, c.name as company_name
from (select * from postings p
      where p.status = 'OPEN' and p.application_deadline >= current_date
        and p.search_document @@ (to_tsquery('english', 'data') && (to_tsquery('english', 'analyst') || to_tsquery('simple', 'analyst:*')))
      order by p.published_at desc, p.id desc limit 1000) p
join companies c on c.id = p.company_id
order by ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', p.search_document,
           (to_tsquery('english', 'data') && (to_tsquery('english', 'analyst') || to_tsquery('simple', 'analyst:*'))))
         / (1 + extract(epoch from (now() - p.published_at)) / 2592000.0) desc, p.published_at desc, p.id desc
limit 20 offset 0;

\echo '=== keyword "data analyst" + mode=REMOTE, country=US, payType=HOURLY: summary ==='
explain (analyze, buffers, costs off)
select grouping(p.category) as g_category, grouping(p.work_mode) as g_mode, grouping(p.country) as g_country,
       p.category, p.work_mode, p.country, count(*) as n
from postings p where p.status = 'OPEN' and p.application_deadline >= current_date
  and p.search_document @@ (to_tsquery('english', 'data') && (to_tsquery('english', 'analyst') || to_tsquery('simple', 'analyst:*')))
  and p.work_mode = 'REMOTE' and p.country = 'US' and p.pay_type = 'HOURLY'
group by grouping sets ((p.category), (p.work_mode), (p.country), ()) order by n desc;

\echo '=== keyword "data analyst" + mode=REMOTE, country=US, payType=HOURLY: page 1 by relevance ==='
explain (analyze, buffers, costs off)
select p.id, p.title, p.category, p.skills, p.hours_per_week, p.duration_weeks, p.work_mode, p.city, p.country,
       p.pay_amount_minor, p.pay_currency, p.pay_type, p.openings, p.application_deadline, p.published_at,
       c.id as company_id, c.name as company_name
from postings p join companies c on c.id = p.company_id
where p.status = 'OPEN' and p.application_deadline >= current_date
  and p.search_document @@ (to_tsquery('english', 'data') && (to_tsquery('english', 'analyst') || to_tsquery('simple', 'analyst:*')))
  and p.work_mode = 'REMOTE' and p.country = 'US' and p.pay_type = 'HOURLY'
order by ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', p.search_document,
           (to_tsquery('english', 'data') && (to_tsquery('english', 'analyst') || to_tsquery('simple', 'analyst:*'))))
         / (1 + extract(epoch from (now() - p.published_at)) / 2592000.0) desc, p.published_at desc, p.id desc
limit 20 offset 0;

\echo '=== each filter alone (newest first): which index does the plan use? ==='
explain (costs off) select p.id from postings p where p.status = 'OPEN' and p.application_deadline >= current_date and p.category = 'DESIGN' order by p.published_at desc, p.id desc limit 20;
explain (costs off) select p.id from postings p where p.status = 'OPEN' and p.application_deadline >= current_date and stint_lower_skills(p.skills) @> string_to_array('figma,prototyping', ',') order by p.published_at desc, p.id desc limit 20;
explain (costs off) select p.id from postings p where p.status = 'OPEN' and p.application_deadline >= current_date and lower(p.city) = lower('Leeds') order by p.published_at desc, p.id desc limit 20;
explain (costs off) select p.id from postings p where p.status = 'OPEN' and p.application_deadline >= current_date and p.country = 'SG' order by p.published_at desc, p.id desc limit 20;
explain (costs off) select p.id from postings p where p.status = 'OPEN' and p.application_deadline >= current_date and p.duration_weeks <= 1 order by p.published_at desc, p.id desc limit 20;
explain (costs off) select p.id from postings p where p.status = 'OPEN' and p.application_deadline >= current_date and p.hours_per_week between 38 and 40 order by p.published_at desc, p.id desc limit 20;
explain (costs off) select p.id from postings p where p.status = 'OPEN' and p.application_deadline >= current_date and p.pay_currency = 'GBP' and p.pay_total_minor >= 5000000 order by p.pay_currency, p.pay_total_minor desc, p.id desc limit 20;
explain (costs off) select p.id from postings p where p.status = 'OPEN' and p.application_deadline >= current_date and p.application_deadline >= current_date + 80 order by p.application_deadline, p.id limit 20;
explain (costs off) select p.id from postings p where p.status = 'OPEN' and p.application_deadline >= current_date and p.work_mode = 'ONSITE' and p.pay_type = 'FIXED' order by p.published_at desc, p.id desc limit 20;
