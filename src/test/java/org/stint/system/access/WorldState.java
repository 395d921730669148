package org.stint.system.access;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What a refused request must leave as it was. */
final class WorldState {

    /**
     * Every row a request about the world could change, as text: applications and their payments,
     * postings and their reports, partnerships, saved searches, recommendations, invitations,
     * people, students, companies and their members and the universities' visibility. The alert job's
     * {@code last_checked_at} is left out: it may run at any time.
     */
    static String of(JdbcClient jdbc, World world) {
        return jdbc.sql("""
                        select concat_ws(' | ',
                            (select string_agg(to_jsonb(a)::text, ',' order by a.id) from applications a
                                where a.student_id in (:studentA, :studentB)),
                            (select string_agg(to_jsonb(p)::text, ',' order by p.application_id) from payments p
                                join applications a on a.id = p.application_id where a.student_id in (:studentA, :studentB)),
                            (select string_agg(to_jsonb(p)::text, ',' order by p.id) from postings p
                                where p.company_id in (:co1, :co2)),
                            (select string_agg(to_jsonb(r)::text, ',' order by r.id) from posting_reports r
                                join postings p on p.id = r.posting_id where p.company_id in (:co1, :co2)),
                            (select string_agg(to_jsonb(p)::text, ',' order by p.id) from partnerships p
                                where p.university_id in (:uni1, :uni2) or p.company_id in (:co1, :co2)),
                            (select string_agg((to_jsonb(s) - 'last_checked_at')::text, ',' order by s.id)
                                from saved_searches s where s.student_id in (:studentA, :studentB)),
                            (select string_agg(to_jsonb(r)::text, ',' order by r.id) from recommendations r
                                where r.university_id in (:uni1, :uni2)),
                            (select string_agg(to_jsonb(i)::text, ',' order by i.id) from staff_invitations i
                                where i.university_id in (:uni1, :uni2)),
                            (select string_agg(to_jsonb(u)::text, ',' order by u.id) from users u
                                where u.id in (:studentA, :studentB, :member1, :member2, :staff1, :staff2)),
                            (select string_agg(to_jsonb(s)::text, ',' order by s.user_id)
                                from students s where s.user_id in (:studentA, :studentB)),
                            (select string_agg(to_jsonb(d)::text, ',' order by d.id) from payment_disputes d
                                join applications a on a.id = d.application_id where a.student_id in (:studentA, :studentB)),
                            (select string_agg(c.student_id || ':' || c.uploaded_at, ',' order by c.student_id)
                                from student_cvs c where c.student_id in (:studentA, :studentB)),
                            (select string_agg(to_jsonb(c)::text, ',' order by c.id) from companies c
                                where c.id in (:co1, :co2)),
                            (select string_agg(to_jsonb(m)::text, ',' order by m.user_id) from company_members m
                                where m.company_id in (:co1, :co2)),
                            (select string_agg(to_jsonb(i)::text, ',' order by i.id) from company_invitations i
                                where i.company_id in (:co1, :co2)),
                            (select string_agg(concat_ws(':', 'm', m.id, m.body), ',' order by m.id) from engagement_messages m
                                join applications a on a.id = m.application_id where a.student_id in (:studentA, :studentB)),
                            (select string_agg(concat_ws(':', 'r', r.user_id, r.last_read_at), ',' order by r.user_id)
                                from engagement_reads r join applications a on a.id = r.application_id
                                where a.student_id in (:studentA, :studentB)),
                            (select string_agg(concat_ws(':', 'd', d.id, d.status, d.title), ',' order by d.id)
                                from engagement_deliverables d join applications a on a.id = d.application_id
                                where a.student_id in (:studentA, :studentB)),
                            (select string_agg(concat_ws(':', 'v', v.id, v.decision), ',' order by v.id)
                                from engagement_deliverable_reviews v join applications a on a.id = v.application_id
                                where a.student_id in (:studentA, :studentB)),
                            (select string_agg(concat_ws(':', 'ms', ms.id, ms.title), ',' order by ms.id)
                                from engagement_milestones ms join applications a on a.id = ms.application_id
                                where a.student_id in (:studentA, :studentB)),
                            (select string_agg(to_jsonb(t)::text, ',' order by t.id)
                                from engagement_timesheets t join applications a on a.id = t.application_id
                                where a.student_id in (:studentA, :studentB)),
                            (select string_agg(to_jsonb(h)::text, ',' order by h.id)
                                from engagement_hours_events h join applications a on a.id = h.application_id
                                where a.student_id in (:studentA, :studentB)),
                            (select string_agg(concat_ws(':', u.id, u.partner_only, u.default_weekly_hour_cap,
                                    u.term_starts_on, u.term_ends_on), ',' order by u.id) from universities u
                                where u.id in (:uni1, :uni2)))
                        """)
                .param("studentA", world.studentA())
                .param("studentB", world.studentB())
                .param("member1", world.co1().memberId())
                .param("member2", world.co2().memberId())
                .param("staff1", world.uni1().staffId())
                .param("staff2", world.uni2().staffId())
                .param("co1", world.co1().id())
                .param("co2", world.co2().id())
                .param("uni1", world.uni1().id())
                .param("uni2", world.uni2().id())
                .query(String.class)
                .single();
    }

    private WorldState() {}
}
