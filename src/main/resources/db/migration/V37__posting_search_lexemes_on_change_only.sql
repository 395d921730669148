-- V36 collected lexemes after every update of postings, so a status change, an expiry or a hire
-- closing a posting also unnested its whole document into search_lexemes (all conflicts, but
-- ~100 index probes per row). Updates now collect only the rows whose document changed.
create function postings_collect_changed_lexemes() returns trigger
    language plpgsql
    as $$
    begin
        insert into search_lexemes (lexeme)
        select distinct unnest(tsvector_to_array(n.search_document)) as lexeme
          from changed n
          join previous o on o.id = n.id
         where n.search_document is distinct from o.search_document
         order by lexeme
        on conflict do nothing;
        return null;
    end
    $$;

drop trigger postings_updated_collect_lexemes on postings;

create trigger postings_updated_collect_lexemes
    after update on postings
    referencing old table as previous new table as changed
    for each statement execute function postings_collect_changed_lexemes();
