package org.stint.university;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Postings a career office recommends; shown on its students' home page. */
@Service
@Transactional(readOnly = true)
public class RecommendationService {

    private static final String COLUMNS = """
            select r.id, r.posting_id, p.title, c.name as company_name, r.note, u.display_name,
                   r.created_at, p.application_deadline
            from recommendations r
            join postings p on p.id = r.posting_id
            join companies c on c.id = p.company_id
            join users u on u.id = r.recommended_by
            """;

    /** A posting students can still apply to, and (partner-only universities) of a vetted partner. */
    private static final String STILL_OPEN = """
             and p.status = 'OPEN' and p.hidden_at is null and p.application_deadline >= :today
             and (not un.partner_only or
            """ + " " + PartnerRule.approvedPartner("p.company_id", "un.id") + ")\n";

    private final JdbcClient jdbc;

    private final UniversityService universities;

    private final Clock clock;

    RecommendationService(JdbcClient jdbc, UniversityService universities, Clock clock) {
        this.jdbc = jdbc;
        this.universities = universities;
        this.clock = clock;
    }

    /** What the student's university recommends now (open postings they may see), newest first. */
    public List<Recommendation> forStudent(long studentUserId) {
        return jdbc.sql(COLUMNS + """
                         join universities un on un.id = r.university_id
                         join students s on s.university_id = un.id
                         where s.user_id = :student
                        """ + STILL_OPEN + " order by r.created_at desc, r.id desc limit 10")
                .param("student", studentUserId)
                .param("today", LocalDate.now(clock))
                .query(RecommendationService::row)
                .list();
    }

    /** The staff member's university's recommendations, newest first. */
    List<Recommendation> forStaff(long staffUserId) {
        long university = universities.staffUniversity(staffUserId).getId();
        return jdbc.sql(COLUMNS + " where r.university_id = :university order by r.created_at desc, r.id desc")
                .param("university", university)
                .query(RecommendationService::row)
                .list();
    }

    /**
     * Recommends an open posting to the staff member's students; recommending it again updates
     * the note.
     *
     * @throws PartnershipStateException when the posting is not open, or a partner-only
     *     university's students could not see it
     */
    @Transactional
    void recommend(long staffUserId, long postingId, String note) {
        University university = universities.staffUniversity(staffUserId);
        Boolean recommendable = jdbc.sql("select exists (select 1 from postings p, universities un"
                        + " where p.id = :posting and un.id = :university" + STILL_OPEN + ")")
                .param("posting", postingId)
                .param("university", university.getId())
                .param("today", LocalDate.now(clock))
                .query(Boolean.class)
                .single();
        if (!recommendable) {
            throw new PartnershipStateException("university.recommend.error.notVisible");
        }
        jdbc.sql("""
                        insert into recommendations (university_id, posting_id, note, recommended_by, created_at)
                        values (:university, :posting, :note, :staff, :now)
                        on conflict (university_id, posting_id)
                        do update set note = excluded.note, recommended_by = excluded.recommended_by,
                                      created_at = excluded.created_at
                        """)
                .param("university", university.getId())
                .param("posting", postingId)
                .param("note", note == null || note.isBlank() ? null : note.strip())
                .param("staff", staffUserId)
                .param("now", Timestamp.from(Instant.now(clock)))
                .update();
    }

    /** Removes one of the staff member's university's recommendations (another's id: not found). */
    @Transactional
    void remove(long staffUserId, long recommendationId) {
        long university = universities.staffUniversity(staffUserId).getId();
        int removed = jdbc.sql("delete from recommendations where id = :id and university_id = :university")
                .param("id", recommendationId)
                .param("university", university)
                .update();
        if (removed == 0) {
            throw new PartnershipNotFoundException(recommendationId);
        }
    }

    private static Recommendation row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Recommendation(
                rs.getLong("id"),
                rs.getLong("posting_id"),
                rs.getString("title"),
                rs.getString("company_name"),
                rs.getString("note"),
                rs.getString("display_name"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getObject("application_deadline", LocalDate.class));
    }
}
