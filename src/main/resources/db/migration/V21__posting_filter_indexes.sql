-- One index per browse filter the V5 indexes did not cover, all partial on open postings (the
-- only rows browse reads). Whether a plan uses them is shown in docs/performance.md.

-- Skills match case-insensitively: "python" finds "Python".
create function stint_lower_skills(skills text[]) returns text[]
    language sql immutable parallel safe
    as $$ select coalesce(array_agg(lower(s)), '{}') from unnest(skills) as s $$;

create index postings_open_skills_idx on postings using gin (stint_lower_skills(skills)) where status = 'OPEN';
create index postings_open_city_idx on postings (lower(city), published_at desc) where status = 'OPEN';
create index postings_open_hours_idx on postings (hours_per_week, published_at desc) where status = 'OPEN';
create index postings_open_duration_idx on postings (duration_weeks, published_at desc) where status = 'OPEN';
create index postings_open_pay_type_idx on postings (pay_type, published_at desc) where status = 'OPEN';
