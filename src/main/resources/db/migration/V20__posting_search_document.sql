-- The search document: title (A) > skills (B) > company name (C) > description (D). The company
-- name lives in another table, so a generated column cannot hold it: two triggers keep the
-- document current instead (a posting's own text changes; a company is renamed).

create function stint_posting_document(title text, skills text[], company_name text, description text)
    returns tsvector
    language sql immutable parallel safe
    as $$
        select setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
               setweight(to_tsvector('english', stint_skills_text(skills)), 'B') ||
               setweight(to_tsvector('english', coalesce(company_name, '')), 'C') ||
               setweight(to_tsvector('english', coalesce(description, '')), 'D')
    $$;

alter table postings add column search_document tsvector;

create function postings_search_document_refresh() returns trigger
    language plpgsql
    as $$
    begin
        new.search_document := stint_posting_document(
            new.title, new.skills, (select c.name from companies c where c.id = new.company_id), new.description);
        return new;
    end
    $$;

create trigger postings_search_document
    before insert or update of title, skills, description, company_id on postings
    for each row execute function postings_search_document_refresh();

create function companies_rename_refreshes_postings() returns trigger
    language plpgsql
    as $$
    begin
        update postings p
           set search_document = stint_posting_document(p.title, p.skills, new.name, p.description)
         where p.company_id = new.id;
        return null;
    end
    $$;

create trigger companies_rename_search_document
    after update of name on companies
    for each row when (old.name is distinct from new.name)
    execute function companies_rename_refreshes_postings();

update postings p
   set search_document = stint_posting_document(p.title, p.skills, c.name, p.description)
  from companies c
 where c.id = p.company_id;

alter table postings alter column search_document set not null;

-- The V5 vector lacked the company name; the document replaces it.
drop index postings_search_idx;
alter table postings drop column search_vector;

-- Only open postings are ever searched, so the index holds only those.
create index postings_open_search_idx on postings using gin (search_document) where status = 'OPEN';
