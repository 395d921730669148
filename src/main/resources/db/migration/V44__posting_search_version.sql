-- A number that changes whenever the postings change, so that an application instance may keep a
-- search's results for as long as the number it read them under still holds (PostingSearch's
-- result cache). It is a row updated by the changing transaction itself: a reader sees the new
-- number only once the change is committed and visible to its own next statement, so it never
-- files old results under a new number (a sequence alone would be read before the change
-- commits). The numbers come from a sequence, which a rollback does not take back: a transaction
-- that changed postings, searched and rolled back leaves its number unused for ever, so results
-- filed under it are never served to anyone else.
-- Company renames reach the postings through V20's document trigger, and the deadline passing
-- is part of the cache's key (the day), so these triggers see every change a search can show.
create table posting_search_version (
    only_row boolean primary key default true check (only_row),
    version  bigint  not null
);

create sequence posting_search_versions;

insert into posting_search_version (version) values (nextval('posting_search_versions'));

-- Once per statement that changed rows (the expiry job's update usually changes none).
create function posting_search_changed() returns trigger
    language plpgsql
    as $$
    begin
        if exists (select 1 from changed_rows) then
            update posting_search_version set version = nextval('posting_search_versions');
        end if;
        return null;
    end
    $$;

create trigger posting_search_inserted after insert on postings
    referencing new table as changed_rows for each statement execute function posting_search_changed();
create trigger posting_search_updated after update on postings
    referencing new table as changed_rows for each statement execute function posting_search_changed();
create trigger posting_search_deleted after delete on postings
    referencing old table as changed_rows for each statement execute function posting_search_changed();

create function posting_search_truncated() returns trigger
    language plpgsql
    as $$
    begin
        update posting_search_version set version = nextval('posting_search_versions');
        return null;
    end
    $$;

create trigger posting_search_truncated after truncate on postings
    for each statement execute function posting_search_truncated();
