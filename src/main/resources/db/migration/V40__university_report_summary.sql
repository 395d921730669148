-- Issue #4: the career-office dashboard reads small summaries kept current by triggers instead of
-- aggregating raw applications at request time (docs/reports.md, "How it is computed"). Every row
-- is keyed by the student's university and a calendar month (UTC). Company and field come from the
-- posting; when a posting changes company or field (or a student changes university) its rows
-- move with it, so the summaries always equal report_summary_rebuild() over the current data.
--
--   report_month_figures    additive figures per (university, month, company, field)
--   report_activity         the months in which a student had any event of a group: the whole
--                           university ('T', key ''), a company ('C', key = company id) or a
--                           field ('K', key = category), with the number of events behind it
--   report_activity_counts  per group and month: how many students were active in that month
--                           whose previous active month in the group was previous_month (null:
--                           none). Students active in a group over months [m1, m2] =
--                           sum(students) where month between m1 and m2
--                           and (previous_month is null or previous_month < m1).

create table report_month_figures (
    university_id bigint        not null,
    month         date          not null,
    company_id    bigint        not null,
    category      varchar(20)   not null,
    applications  int           not null default 0,
    hires         int           not null default 0,
    completions   int           not null default 0,
    hours_worked  numeric(12, 1) not null default 0,
    rating_sum    int           not null default 0,
    rating_count  int           not null default 0,
    earned_usd    bigint        not null default 0,
    earned_gbp    bigint        not null default 0,
    earned_eur    bigint        not null default 0,
    earned_inr    bigint        not null default 0,
    primary key (university_id, month, company_id, category)
);

create table report_activity (
    university_id bigint  not null,
    dimension     char(1) not null,
    group_key     text    not null,
    student_id    bigint  not null,
    month         date    not null,
    events        int     not null,
    primary key (university_id, dimension, group_key, student_id, month),
    constraint report_activity_dimension_known check (dimension in ('T', 'C', 'K')),
    constraint report_activity_events_positive check (events > 0)
);

create table report_activity_counts (
    university_id  bigint  not null,
    month          date    not null,
    dimension      char(1) not null,
    group_key      text    not null,
    previous_month date,
    students       int     not null,
    constraint report_activity_counts_key unique nulls not distinct
        (university_id, month, dimension, group_key, previous_month),
    constraint report_activity_counts_before check (previous_month < month),
    constraint report_activity_counts_not_negative check (students >= 0)
);

create function report_month(t timestamptz) returns date
    language sql immutable parallel safe
    as $$ select date_trunc('month', t at time zone 'UTC')::date $$;

create function report_month(d date) returns date
    language sql immutable parallel safe
    as $$ select date_trunc('month', d::timestamp)::date $$;

-- One transaction at a time changes a student's activity (the previous/next months it reads must
-- be the committed truth). Key space 4 = issue #4; ids beyond 2^31 only share a lock.
create function report_lock_student(student bigint) returns void
    language sql
    as $$ select pg_advisory_xact_lock(4, (student % 2147483647)::int) $$;

-- Adds delta (+1 or -1) to the students of (group, month, previous month); drops a row at 0.
create function report_count(u bigint, dim char, gk text, m date, prev date, delta int) returns void
    language plpgsql
    as $$
    declare
        remaining int;
    begin
        if delta > 0 then
            insert into report_activity_counts as c (university_id, month, dimension, group_key, previous_month, students)
            values (u, m, dim, gk, prev, delta)
            on conflict (university_id, month, dimension, group_key, previous_month)
            do update set students = c.students + excluded.students;
        else
            update report_activity_counts
               set students = students + delta
             where university_id = u and month = m and dimension = dim and group_key = gk
               and previous_month is not distinct from prev
            returning students into remaining;
            if remaining = 0 then
                delete from report_activity_counts
                 where university_id = u and month = m and dimension = dim and group_key = gk
                   and previous_month is not distinct from prev and students = 0;
            end if;
        end if;
    end
    $$;

-- One more (delta = 1) or one fewer (delta = -1) event of a student in a group and month. Only
-- when the month becomes active (or inactive) do the counts change: the new month m sits between
-- the student's previous active month prev and next active month nxt.
create function report_touch(u bigint, dim char, gk text, student bigint, m date, delta int) returns void
    language plpgsql
    as $$
    declare
        prev date;
        nxt date;
    begin
        if delta > 0 then
            insert into report_activity (university_id, dimension, group_key, student_id, month, events)
            values (u, dim, gk, student, m, 1)
            on conflict do nothing;
            if not found then
                update report_activity set events = events + 1
                 where university_id = u and dimension = dim and group_key = gk and student_id = student and month = m;
                return;
            end if;
        else
            delete from report_activity
             where university_id = u and dimension = dim and group_key = gk and student_id = student and month = m
               and events = 1;
            if not found then
                update report_activity set events = events - 1
                 where university_id = u and dimension = dim and group_key = gk and student_id = student and month = m;
                if not found then
                    raise exception 'report_activity has no row for (%, %, %, %, %)', u, dim, gk, student, m;
                end if;
                return;
            end if;
        end if;
        select max(month) into prev from report_activity
         where university_id = u and dimension = dim and group_key = gk and student_id = student and month < m;
        select min(month) into nxt from report_activity
         where university_id = u and dimension = dim and group_key = gk and student_id = student and month > m;
        perform report_count(u, dim, gk, m, prev, delta);
        if nxt is not null then
            perform report_count(u, dim, gk, nxt, prev, -delta);
            perform report_count(u, dim, gk, nxt, m, delta);
        end if;
    end
    $$;

-- Adds signed figures to (university, month, company, field) and, when activity is +1/-1, one
-- event more or less to the student's activity in the three groups.
create function report_event(
        u bigint, company bigint, cat varchar, student bigint, m date, activity int,
        d_applications int, d_hires int, d_completions int, d_hours numeric, d_rating_sum int, d_rating_count int,
        d_usd bigint, d_gbp bigint, d_eur bigint, d_inr bigint) returns void
    language plpgsql
    as $$
    begin
        if d_applications <> 0 or d_hires <> 0 or d_completions <> 0 or d_hours <> 0 or d_rating_sum <> 0
                or d_rating_count <> 0 or d_usd <> 0 or d_gbp <> 0 or d_eur <> 0 or d_inr <> 0 then
            insert into report_month_figures as f
            values (u, m, company, cat, d_applications, d_hires, d_completions, d_hours, d_rating_sum, d_rating_count,
                    d_usd, d_gbp, d_eur, d_inr)
            on conflict (university_id, month, company_id, category) do update
               set applications = f.applications + excluded.applications,
                   hires = f.hires + excluded.hires,
                   completions = f.completions + excluded.completions,
                   hours_worked = f.hours_worked + excluded.hours_worked,
                   rating_sum = f.rating_sum + excluded.rating_sum,
                   rating_count = f.rating_count + excluded.rating_count,
                   earned_usd = f.earned_usd + excluded.earned_usd,
                   earned_gbp = f.earned_gbp + excluded.earned_gbp,
                   earned_eur = f.earned_eur + excluded.earned_eur,
                   earned_inr = f.earned_inr + excluded.earned_inr;
            -- every event adds at least one application, hire, completion or positive payment:
            -- a row of zeros has no event left
            delete from report_month_figures
             where university_id = u and month = m and company_id = company and category = cat
               and applications = 0 and hires = 0 and completions = 0 and hours_worked = 0 and rating_sum = 0
               and rating_count = 0 and earned_usd = 0 and earned_gbp = 0 and earned_eur = 0 and earned_inr = 0;
        end if;
        if activity <> 0 then
            perform report_touch(u, 'T', '', student, m, activity);
            perform report_touch(u, 'C', company::text, student, m, activity);
            perform report_touch(u, 'K', cat, student, m, activity);
        end if;
    end
    $$;

-- All of an application's events (submitted, hired, completed), added (sign 1) or taken away (-1).
create function report_application(u bigint, company bigint, cat varchar, a applications, sign int) returns void
    language plpgsql
    as $$
    begin
        perform report_event(u, company, cat, a.student_id, report_month(a.submitted_at), sign,
                             sign, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        if a.hired_at is not null then
            perform report_event(u, company, cat, a.student_id, report_month(a.hired_at), sign,
                                 0, sign, 0, 0, 0, 0, 0, 0, 0, 0);
        end if;
        if a.completed_at is not null then
            perform report_event(u, company, cat, a.student_id, report_month(a.completed_at), sign,
                                 0, 0, sign, sign * coalesce(a.hours_worked, 0), sign * coalesce(a.student_rating, 0),
                                 sign * (a.student_rating is not null)::int, 0, 0, 0, 0);
        end if;
    end
    $$;

create function report_payment(u bigint, company bigint, cat varchar, student bigint, p payments, sign int) returns void
    language sql
    as $$
        select report_event(u, company, cat, student, report_month(p.paid_on), sign, 0, 0, 0, 0, 0, 0,
                            case when p.currency = 'USD' then sign * p.amount_minor else 0 end,
                            case when p.currency = 'GBP' then sign * p.amount_minor else 0 end,
                            case when p.currency = 'EUR' then sign * p.amount_minor else 0 end,
                            case when p.currency = 'INR' then sign * p.amount_minor else 0 end)
    $$;

-- The university, company and field an application of (posting, student) counts for.
create function report_context(posting bigint, student bigint,
                               out u bigint, out company bigint, out cat varchar)
    language sql stable
    as $$
        select s.university_id, p.company_id, p.category
        from students s, postings p
        where s.user_id = student and p.id = posting
    $$;

create function report_applications_changed() returns trigger
    language plpgsql
    as $$
    declare
        c record;
        o record;
        p payments;
        mo date;
        mn date;
    begin
        if tg_op = 'DELETE' then
            perform report_lock_student(old.student_id);
            select * into o from report_context(old.posting_id, old.student_id);
            perform report_application(o.u, o.company, o.cat, old, -1);
            return null;
        end if;
        perform report_lock_student(new.student_id);
        select * into c from report_context(new.posting_id, new.student_id);
        if tg_op = 'INSERT' then
            perform report_application(c.u, c.company, c.cat, new, 1);
            return null;
        end if;
        if old.posting_id <> new.posting_id or old.student_id <> new.student_id then
            perform report_lock_student(old.student_id);
            select * into o from report_context(old.posting_id, old.student_id);
            perform report_application(o.u, o.company, o.cat, old, -1);
            perform report_application(c.u, c.company, c.cat, new, 1);
            for p in select * from payments where application_id = new.id loop
                perform report_payment(o.u, o.company, o.cat, old.student_id, p, -1);
                perform report_payment(c.u, c.company, c.cat, new.student_id, p, 1);
            end loop;
            return null;
        end if;
        mo := report_month(old.submitted_at);
        mn := report_month(new.submitted_at);
        if mo <> mn then
            perform report_event(c.u, c.company, c.cat, new.student_id, mo, -1, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            perform report_event(c.u, c.company, c.cat, new.student_id, mn, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        end if;
        mo := report_month(old.hired_at);
        mn := report_month(new.hired_at);
        if mo is distinct from mn then
            if mo is not null then
                perform report_event(c.u, c.company, c.cat, new.student_id, mo, -1, 0, -1, 0, 0, 0, 0, 0, 0, 0, 0);
            end if;
            if mn is not null then
                perform report_event(c.u, c.company, c.cat, new.student_id, mn, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0);
            end if;
        end if;
        mo := report_month(old.completed_at);
        mn := report_month(new.completed_at);
        if mo is not distinct from mn then
            if mn is not null then
                perform report_event(c.u, c.company, c.cat, new.student_id, mn, 0, 0, 0, 0,
                                     coalesce(new.hours_worked, 0) - coalesce(old.hours_worked, 0),
                                     coalesce(new.student_rating, 0) - coalesce(old.student_rating, 0),
                                     (new.student_rating is not null)::int - (old.student_rating is not null)::int,
                                     0, 0, 0, 0);
            end if;
        else
            if mo is not null then
                perform report_event(c.u, c.company, c.cat, new.student_id, mo, -1, 0, 0, -1,
                                     -coalesce(old.hours_worked, 0), -coalesce(old.student_rating, 0),
                                     -(old.student_rating is not null)::int, 0, 0, 0, 0);
            end if;
            if mn is not null then
                perform report_event(c.u, c.company, c.cat, new.student_id, mn, 1, 0, 0, 1,
                                     coalesce(new.hours_worked, 0), coalesce(new.student_rating, 0),
                                     (new.student_rating is not null)::int, 0, 0, 0, 0);
            end if;
        end if;
        return null;
    end
    $$;

create trigger report_applications_insert_delete
    after insert or delete on applications
    for each row execute function report_applications_changed();

create trigger report_applications_update
    after update of posting_id, student_id, submitted_at, hired_at, completed_at, hours_worked, student_rating
    on applications
    for each row
    when (old.posting_id is distinct from new.posting_id or old.student_id is distinct from new.student_id
          or old.submitted_at is distinct from new.submitted_at or old.hired_at is distinct from new.hired_at
          or old.completed_at is distinct from new.completed_at or old.hours_worked is distinct from new.hours_worked
          or old.student_rating is distinct from new.student_rating)
    execute function report_applications_changed();

create function report_payments_changed() returns trigger
    language plpgsql
    as $$
    declare
        o record;
        c record;
    begin
        if tg_op in ('UPDATE', 'DELETE') then
            select a.student_id, x.u, x.company, x.cat into o
            from applications a, report_context(a.posting_id, a.student_id) x where a.id = old.application_id;
            perform report_lock_student(o.student_id);
        end if;
        if tg_op in ('INSERT', 'UPDATE') then
            select a.student_id, x.u, x.company, x.cat into c
            from applications a, report_context(a.posting_id, a.student_id) x where a.id = new.application_id;
            perform report_lock_student(c.student_id);
        end if;
        if tg_op = 'UPDATE' and old.application_id = new.application_id
                and report_month(old.paid_on) = report_month(new.paid_on) then
            -- same month: only the amounts change, the student's activity stays
            perform report_event(c.u, c.company, c.cat, c.student_id, report_month(new.paid_on), 0, 0, 0, 0, 0, 0, 0,
                (case when new.currency = 'USD' then new.amount_minor else 0 end) - (case when old.currency = 'USD' then old.amount_minor else 0 end),
                (case when new.currency = 'GBP' then new.amount_minor else 0 end) - (case when old.currency = 'GBP' then old.amount_minor else 0 end),
                (case when new.currency = 'EUR' then new.amount_minor else 0 end) - (case when old.currency = 'EUR' then old.amount_minor else 0 end),
                (case when new.currency = 'INR' then new.amount_minor else 0 end) - (case when old.currency = 'INR' then old.amount_minor else 0 end));
            return null;
        end if;
        if tg_op in ('UPDATE', 'DELETE') then
            perform report_payment(o.u, o.company, o.cat, o.student_id, old, -1);
        end if;
        if tg_op in ('INSERT', 'UPDATE') then
            perform report_payment(c.u, c.company, c.cat, c.student_id, new, 1);
        end if;
        return null;
    end
    $$;

create trigger report_payments_insert_delete
    after insert or delete on payments
    for each row execute function report_payments_changed();

create trigger report_payments_update
    after update of application_id, amount_minor, currency, paid_on on payments
    for each row
    when (old.application_id is distinct from new.application_id or old.amount_minor is distinct from new.amount_minor
          or old.currency is distinct from new.currency or old.paid_on is distinct from new.paid_on)
    execute function report_payments_changed();

-- A posting moved to another company or field, or a student to another university: every row of
-- its applications and payments moves with it.
create function report_postings_moved() returns trigger
    language plpgsql
    as $$
    declare
        a applications;
        p payments;
        u bigint;
    begin
        for a in select * from applications where posting_id = new.id order by student_id loop
            perform report_lock_student(a.student_id);
            select university_id into u from students where user_id = a.student_id;
            perform report_application(u, old.company_id, old.category, a, -1);
            perform report_application(u, new.company_id, new.category, a, 1);
            for p in select * from payments where application_id = a.id loop
                perform report_payment(u, old.company_id, old.category, a.student_id, p, -1);
                perform report_payment(u, new.company_id, new.category, a.student_id, p, 1);
            end loop;
        end loop;
        return null;
    end
    $$;

create trigger report_postings_moved
    after update of company_id, category on postings
    for each row
    when (old.company_id is distinct from new.company_id or old.category is distinct from new.category)
    execute function report_postings_moved();

create function report_students_moved() returns trigger
    language plpgsql
    as $$
    declare
        a applications;
        p payments;
        c record;
    begin
        perform report_lock_student(new.user_id);
        for a in select * from applications where student_id = new.user_id loop
            select * into c from report_context(a.posting_id, a.student_id);
            perform report_application(old.university_id, c.company, c.cat, a, -1);
            perform report_application(new.university_id, c.company, c.cat, a, 1);
            for p in select * from payments where application_id = a.id loop
                perform report_payment(old.university_id, c.company, c.cat, a.student_id, p, -1);
                perform report_payment(new.university_id, c.company, c.cat, a.student_id, p, 1);
            end loop;
        end loop;
        return null;
    end
    $$;

create trigger report_students_moved
    after update of university_id on students
    for each row
    when (old.university_id is distinct from new.university_id)
    execute function report_students_moved();

-- Recomputes the three tables set-wise from applications and payments (after a bulk load with
-- the triggers disabled, and once below for the existing data).
create function report_summary_rebuild() returns void
    language plpgsql
    as $$
    begin
        lock table applications, payments, postings, students in share mode;
        truncate report_month_figures, report_activity, report_activity_counts;
        with events as materialized (
            select s.university_id, p.company_id, p.category, a.student_id, report_month(a.submitted_at) as month,
                   1 as applications, 0 as hires, 0 as completions, 0::numeric as hours, 0 as rating_sum,
                   0 as rating_count, 0::bigint as usd, 0::bigint as gbp, 0::bigint as eur, 0::bigint as inr
            from applications a
            join students s on s.user_id = a.student_id
            join postings p on p.id = a.posting_id
            union all
            select s.university_id, p.company_id, p.category, a.student_id, report_month(a.hired_at),
                   0, 1, 0, 0, 0, 0, 0, 0, 0, 0
            from applications a
            join students s on s.user_id = a.student_id
            join postings p on p.id = a.posting_id
            where a.hired_at is not null
            union all
            select s.university_id, p.company_id, p.category, a.student_id, report_month(a.completed_at),
                   0, 0, 1, coalesce(a.hours_worked, 0), coalesce(a.student_rating, 0),
                   (a.student_rating is not null)::int, 0, 0, 0, 0
            from applications a
            join students s on s.user_id = a.student_id
            join postings p on p.id = a.posting_id
            where a.completed_at is not null
            union all
            select s.university_id, p.company_id, p.category, a.student_id, report_month(pm.paid_on),
                   0, 0, 0, 0, 0, 0,
                   case when pm.currency = 'USD' then pm.amount_minor else 0 end,
                   case when pm.currency = 'GBP' then pm.amount_minor else 0 end,
                   case when pm.currency = 'EUR' then pm.amount_minor else 0 end,
                   case when pm.currency = 'INR' then pm.amount_minor else 0 end
            from payments pm
            join applications a on a.id = pm.application_id
            join students s on s.user_id = a.student_id
            join postings p on p.id = a.posting_id
        ),
        figures as (
            insert into report_month_figures
            select university_id, month, company_id, category, sum(applications), sum(hires), sum(completions),
                   sum(hours), sum(rating_sum), sum(rating_count), sum(usd), sum(gbp), sum(eur), sum(inr)
            from events
            group by university_id, month, company_id, category
        ),
        activity as (
            insert into report_activity
            select e.university_id, g.dimension, g.group_key, e.student_id, e.month, count(*)
            from events e
            cross join lateral (values ('T', ''), ('C', e.company_id::text), ('K', e.category::text))
                as g (dimension, group_key)
            group by e.university_id, g.dimension, g.group_key, e.student_id, e.month
            returning university_id, dimension, group_key, student_id, month
        )
        insert into report_activity_counts
        select university_id, month, dimension, group_key, previous_month, count(*)
        from (select university_id, dimension, group_key, month,
                     lag(month) over (partition by university_id, dimension, group_key, student_id order by month)
                         as previous_month
              from activity) runs
        group by university_id, month, dimension, group_key, previous_month;
    end
    $$;

select report_summary_rebuild();
