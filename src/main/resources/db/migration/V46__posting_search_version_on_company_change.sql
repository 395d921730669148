-- A posting's public page shows its company (name, about, website, industry, country) and is kept
-- under the postings' version number (V44, PostingService.publicPage): a statement that changes a
-- company takes a new number too. Companies change rarely; each such statement costs one update.
create trigger posting_search_company_updated after update on companies
    referencing new table as changed_rows for each statement execute function posting_search_changed();
