-- A number per university that changes whenever anything its outcome report shows changes, so
-- that an application instance may keep a computed report for as long as the number it read it
-- under still holds (ReportQueries). As with postings (V44): a row updated by the changing
-- transaction, so the new number is seen only with the committed change, and numbers from a
-- sequence, so a rolled-back change's number is never reused.
--
-- The report reads report_month_figures and report_activity_counts (V40: kept by the triggers on
-- applications, payments, postings and students, or rebuilt), company names and the approved
-- partnerships; the triggers below watch exactly those.
create table report_versions (
    university_id bigint primary key references universities (id) on delete cascade,
    version       bigint not null
);

create sequence report_version_numbers;

-- New numbers for these universities, in id order so that two transactions never wait on each
-- other's rows in opposite orders.
create function report_versions_bump(universities bigint[]) returns void
    language sql
    as $$
    insert into report_versions as v (university_id, version)
    select u, nextval('report_version_numbers')
    from (select distinct u from unnest(universities) u where u is not null order by u) ids
    on conflict (university_id) do update set version = excluded.version
    $$;

-- Once per statement on the summaries, for the universities whose rows it changed.
create function report_summaries_changed() returns trigger
    language plpgsql
    as $$
    begin
        perform report_versions_bump(array(select university_id from changed_rows));
        return null;
    end
    $$;

create function report_summaries_truncated() returns trigger
    language plpgsql
    as $$
    begin
        perform report_versions_bump(array(select id from universities));
        return null;
    end
    $$;

create trigger report_figures_inserted after insert on report_month_figures
    referencing new table as changed_rows for each statement execute function report_summaries_changed();
create trigger report_figures_updated after update on report_month_figures
    referencing new table as changed_rows for each statement execute function report_summaries_changed();
create trigger report_figures_deleted after delete on report_month_figures
    referencing old table as changed_rows for each statement execute function report_summaries_changed();
create trigger report_figures_truncated after truncate on report_month_figures
    for each statement execute function report_summaries_truncated();

create trigger report_counts_inserted after insert on report_activity_counts
    referencing new table as changed_rows for each statement execute function report_summaries_changed();
create trigger report_counts_updated after update on report_activity_counts
    referencing new table as changed_rows for each statement execute function report_summaries_changed();
create trigger report_counts_deleted after delete on report_activity_counts
    referencing old table as changed_rows for each statement execute function report_summaries_changed();
create trigger report_counts_truncated after truncate on report_activity_counts
    for each statement execute function report_summaries_truncated();

-- A partnership approved or ended changes the university's "top partners".
create function report_partnership_changed() returns trigger
    language plpgsql
    as $$
    begin
        perform report_versions_bump(array[old.university_id, new.university_id]);
        return null;
    end
    $$;

create trigger report_partnership_changed after insert or update or delete on partnerships
    for each row execute function report_partnership_changed();

-- A renamed company is renamed in the reports that list it.
create function report_company_renamed() returns trigger
    language plpgsql
    as $$
    begin
        perform report_versions_bump(array(
            select distinct university_id from report_month_figures where company_id = new.id));
        return null;
    end
    $$;

create trigger report_company_renamed after update of name on companies
    for each row when (old.name is distinct from new.name) execute function report_company_renamed();
