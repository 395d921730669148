-- A common word matches a share of the whole marketplace: "data analyst" matches 3,600 open
-- postings of 100,000 and 35,000 of 1,000,000. Relevance is scored over the newest 1,000 matches
-- (PostingSearch.RANK_CANDIDATES), but finding them read every match, so the search cost grew with
-- the marketplace. With the week a posting was published in the search index, the newest matches
-- are found week by week, newest week first, and the search stops at the week that completes
-- the 1,000: the work follows the matches of the last weeks, not of all time.

-- Whole weeks since 1970-01-01 UTC. Immutable (unlike extract on a timestamptz in general): the
-- epoch does not depend on the time zone.
create function stint_search_week(published timestamptz) returns integer
    language sql immutable parallel safe
    as $$ select floor(extract(epoch from published) / 604800)::integer $$;

create index postings_open_search_weeks_idx on postings
    using gin (search_document, category, work_mode, country, pay_type, pay_currency, stint_search_week(published_at))
    where status = 'OPEN';

drop index postings_open_search_filters_idx;
