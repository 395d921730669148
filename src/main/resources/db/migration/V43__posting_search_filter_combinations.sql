-- The search index held each equality filter as its own entry (V35): a search for remote, US,
-- hourly postings intersected three long lists (each a third to a half of the marketplace) with
-- the words' lists, and at 1,000,000 postings that walk was most of the filtered search (2 ms a
-- week, V41). Here each posting is indexed under every combination of its five filter values
-- (31 keys such as 'mode=REMOTE&country=US&payType=HOURLY'), and a search looks up the one key
-- of its filters: a single list as long as its result, not three lists as long as the market.

-- Every non-empty combination of the values, in this fixed order of fields, joined by '&'.
create function stint_search_filters(category text, work_mode text, country text, pay_type text, pay_currency text)
    returns text[] language sql immutable parallel safe
    as $$
    select array_agg(array_to_string(array[
               case when m & 1 > 0 then 'category=' || category end,
               case when m & 2 > 0 then 'mode=' || work_mode end,
               case when m & 4 > 0 then 'country=' || country end,
               case when m & 8 > 0 then 'payType=' || pay_type end,
               case when m & 16 > 0 then 'currency=' || pay_currency end], '&'))
    from generate_series(1, 31) m
    $$;

create index postings_open_search_combined_idx on postings
    using gin (search_document,
               stint_search_filters(category, work_mode, country, pay_type, pay_currency),
               stint_search_week(published_at))
    where status = 'OPEN';

drop index postings_open_search_weeks_idx;
