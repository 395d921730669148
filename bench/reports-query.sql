-- The dashboard's statement (copied from ReportQueries by hand: keep in step), for EXPLAIN ANALYZE:
--   psql -d stint_reports -v uni='Bench University 1' -v fd=2025-12-01 -v td=2026-11-30 -f bench/reports-query.sql
set work_mem = '32MB';
\timing on
            with mine as (
                select a.id, a.student_id, a.submitted_at, a.hired_at, a.completed_at, a.hours_worked,
                       a.student_rating, p.company_id, p.category
                from students s
                join applications a on a.student_id = s.user_id
                join postings p on p.id = a.posting_id
                where s.university_id = (select id from universities where name = :'uni')
                  and (a.submitted_at >= :'fd'::timestamptz and a.submitted_at < :'td'::timestamptz
                       or a.hired_at >= :'fd'::timestamptz and a.hired_at < :'td'::timestamptz
                       or a.completed_at >= :'fd'::timestamptz and a.completed_at < :'td'::timestamptz)
            ),
            facts as (
                select student_id, company_id, category, submitted_at at time zone 'UTC' as at, 'A' as kind,
                       null::numeric as hours, null::int as rating, null::bigint as amount, null as currency
                from mine where submitted_at >= :'fd'::timestamptz and submitted_at < :'td'::timestamptz
                union all
                select student_id, company_id, category, hired_at at time zone 'UTC', 'H', null, null, null, null
                from mine where hired_at >= :'fd'::timestamptz and hired_at < :'td'::timestamptz
                union all
                select student_id, company_id, category, completed_at at time zone 'UTC', 'C', hours_worked,
                       student_rating, null, null
                from mine where completed_at >= :'fd'::timestamptz and completed_at < :'td'::timestamptz
                union all
                select a.student_id, p.company_id, p.category, pm.paid_on::timestamp, 'P', null, null,
                       pm.amount_minor, pm.currency
                from payments pm
                join applications a on a.id = pm.application_id
                join students s on s.user_id = a.student_id
                join postings p on p.id = a.posting_id
                where pm.paid_on >= :'fd'::date and pm.paid_on < :'td'::date and s.university_id = (select id from universities where name = :'uni')
            )
                                    , grouped as (
                            select grouping(date_trunc('month', at)) as no_month, grouping(company_id) as no_company,
                                   grouping(category) as no_category,
                                   date_trunc('month', at) as month, company_id, category,
                                           count(distinct student_id) as students,
                   count(*) filter (where kind = 'A') as applications,
                   count(*) filter (where kind = 'H') as hires,
                   count(*) filter (where kind = 'C') as completions,
                   coalesce(sum(hours) filter (where kind = 'C'), 0) as hours,
                   avg(rating) filter (where kind = 'C') as rating,
                   coalesce(sum(amount) filter (where currency = 'USD'), 0) as usd,
                   coalesce(sum(amount) filter (where currency = 'GBP'), 0) as gbp,
                   coalesce(sum(amount) filter (where currency = 'EUR'), 0) as eur,
                   coalesce(sum(amount) filter (where currency = 'INR'), 0) as inr
                                        from facts
                            group by grouping sets ((), (date_trunc('month', at)), (company_id), (category))
                        )
                        select g.*, c.name as company_name,
                               exists (select 1 from partnerships pa where pa.company_id = g.company_id
                                       and pa.university_id = (select id from universities where name = :'uni') and pa.status = 'APPROVED') as partner
                        from grouped g left join companies c on c.id = g.company_id
                        order by g.hires desc, g.completions desc, g.applications desc, c.name;
