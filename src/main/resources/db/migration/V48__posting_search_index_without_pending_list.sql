-- GIN indexes gather new entries in a pending list that every search reads in full until vacuum
-- merges it: with postings written all day, a keyword search read a pending list of hundreds of
-- pages for each week it looked at. Written straight into the index instead, a write costs a
-- little more and a search reads only the entries it needs.
alter index postings_open_skills_idx set (fastupdate = off);
select gin_clean_pending_list('postings_open_skills_idx');

-- The city is an equality filter too: in the index, a keyword search in one city reads only that
-- city's matches, not every match of the words to drop most of them.
create index postings_open_search_city_idx on postings
    using gin (search_document,
               stint_search_filters(category, work_mode, country, pay_type, pay_currency),
               stint_search_week(published_at),
               lower(city))
    with (fastupdate = off)
    where status = 'OPEN';
drop index postings_open_search_combined_idx;
alter index postings_open_search_city_idx rename to postings_open_search_combined_idx;
