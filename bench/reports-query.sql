-- The dashboard's statement (copied from ReportQueries by hand: keep it in step), with
-- EXPLAIN ANALYZE; fm and tm are the first days of the range's first and last months:
--   psql -d stint_reports -v uni='Bench University 1' -v fm=2025-12-01 -v tm=2026-11-01 -f bench/reports-query.sql
\timing on
select id as u from universities where name = :'uni' \gset

explain (analyze, buffers)
with grouped as (
    select grouping(month) as no_month, grouping(company_id) as no_company,
           grouping(category) as no_category, month, company_id, category,
           case when grouping(month) = 0 then 'M' when grouping(company_id) = 0 then 'C'
                when grouping(category) = 0 then 'K' else 'T' end as dimension,
           case when grouping(month) = 0 then month::text when grouping(company_id) = 0 then company_id::text
                when grouping(category) = 0 then category::text else '' end as group_key,
           sum(applications) as applications, sum(hires) as hires, sum(completions) as completions,
           case when sum(completions) = 0 then 0 else sum(hours_worked) end as hours,
           sum(rating_sum) as rating_sum, sum(rating_count) as rating_count,
           sum(earned_usd) as usd, sum(earned_gbp) as gbp, sum(earned_eur) as eur, sum(earned_inr) as inr
    from report_month_figures
    where university_id = :u and month between :'fm' and :'tm'
    group by grouping sets ((), (month), (company_id), (category))
),
students as (
    select dimension, group_key, sum(students) as students
    from report_activity_counts
    where university_id = :u and month between :'fm' and :'tm'
      and (previous_month is null or previous_month < :'fm')
    group by dimension, group_key
    union all
    select 'M', month::text, sum(students)
    from report_activity_counts
    where university_id = :u and dimension = 'T' and month between :'fm' and :'tm'
    group by month
)
select g.*, coalesce(s.students, 0) as students, c.name as company_name, pa.id is not null as partner,
       (select min(month) from report_activity_counts
        where university_id = :u and dimension = 'T') as first_month
from grouped g
left join students s on s.dimension = g.dimension and s.group_key = g.group_key
left join companies c on c.id = g.company_id
left join partnerships pa on pa.company_id = g.company_id and pa.university_id = :u
                         and pa.status = 'APPROVED'
order by g.hires desc, g.completions desc, g.applications desc, c.name;
