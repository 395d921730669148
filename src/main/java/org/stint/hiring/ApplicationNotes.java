package org.stint.hiring;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private notes on applications, for the members of the company applied to only. The ownership
 * check is part of each statement: a note is written only through, and read only with, a
 * membership of the posting's company.
 */
@Service
class ApplicationNotes {

    private final JdbcClient jdbc;

    ApplicationNotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a note if this member's company received the application; false otherwise. */
    @Transactional
    boolean add(long memberId, long applicationId, String body) {
        return jdbc.sql("""
                                insert into application_notes (application_id, author_id, body)
                                select a.id, m.user_id, :body
                                from applications a
                                join postings p on p.id = a.posting_id
                                join company_members m on m.company_id = p.company_id and m.user_id = :member
                                where a.id = :application
                                """)
                        .param("body", body)
                        .param("member", memberId)
                        .param("application", applicationId)
                        .update()
                > 0;
    }

    /** The application's notes, oldest first, if this member's company received it (else none). */
    @Transactional(readOnly = true)
    List<ApplicationNote> of(long memberId, long applicationId) {
        return jdbc.sql("""
                        select n.id, u.display_name, n.created_at, n.body
                        from application_notes n
                        join users u on u.id = n.author_id
                        join applications a on a.id = n.application_id
                        join postings p on p.id = a.posting_id
                        join company_members m on m.company_id = p.company_id and m.user_id = :member
                        where n.application_id = :application
                        order by n.created_at, n.id
                        """)
                .param("member", memberId)
                .param("application", applicationId)
                .query((rs, row) -> new ApplicationNote(
                        rs.getLong("id"),
                        rs.getString("display_name"),
                        rs.getObject("created_at", java.time.OffsetDateTime.class)
                                .toInstant(),
                        rs.getString("body")))
                .list();
    }
}
