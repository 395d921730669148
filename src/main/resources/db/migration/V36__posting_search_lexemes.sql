-- Every lexeme of every search document, for prefix matching. The last word someone types also
-- matches as a prefix ("data analy" finds "data analyst"). Left to GIN, a prefix is a "partial
-- match": the index collects every posting of every lexeme with that prefix into a bitmap before
-- it can intersect it with the other words, and that cost grows with the marketplace (6 of the
-- 7 ms of a "data analyst" index scan at 100,000 postings). Looked up here first, a prefix
-- becomes the handful of whole lexemes it stands for, which GIN intersects as cheaply as any
-- word (PostingSearch; a prefix with more than 50 lexemes still goes to GIN as a prefix).
-- Lexemes are only ever added: one no posting uses any more matches nothing, as before.
create table search_lexemes (
    lexeme text collate "C" primary key
);

insert into search_lexemes (lexeme)
select distinct unnest(tsvector_to_array(search_document)) from postings;

-- Per statement over the changed rows, so bulk loads add each new lexeme once; sorted, so two
-- transactions adding the same new lexemes take them in the same order and cannot deadlock.
create function postings_collect_lexemes() returns trigger
    language plpgsql
    as $$
    begin
        insert into search_lexemes (lexeme)
        select distinct unnest(tsvector_to_array(n.search_document)) as lexeme
          from changed n
         order by lexeme
        on conflict do nothing;
        return null;
    end
    $$;

create trigger postings_inserted_collect_lexemes
    after insert on postings
    referencing new table as changed
    for each statement execute function postings_collect_lexemes();

create trigger postings_updated_collect_lexemes
    after update on postings
    referencing new table as changed
    for each statement execute function postings_collect_lexemes();
