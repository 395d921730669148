-- The postings' version number (V44, V46) let each instance keep search results while no posting
-- changed; searches now do bounded work and nothing keeps them, and the one row every posting
-- write updated made concurrent writes to postings wait for each other.
drop trigger posting_search_inserted on postings;
drop trigger posting_search_updated on postings;
drop trigger posting_search_deleted on postings;
drop trigger posting_search_truncated on postings;
drop trigger posting_search_company_updated on companies;
drop function posting_search_changed();
drop function posting_search_truncated();
drop table posting_search_version;
drop sequence posting_search_versions;

-- The home page's figures, counted by a job once a minute (MarketplaceFigures): one row.
create table marketplace_figures (
    only_row      boolean     primary key default true check (only_row),
    open_postings bigint      not null,
    companies     bigint      not null,
    openings      bigint      not null,
    counted_at    timestamptz not null
);
