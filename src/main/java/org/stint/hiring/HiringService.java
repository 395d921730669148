package org.stint.hiring;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class HiringService {

    private final JdbcClient jdbc;

    HiringService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The student's own applications, newest first, with posting and company names in one query. */
    List<MyApplication> applicationsOf(long studentId) {
        return jdbc.sql("""
                        select a.id, a.posting_id, p.title, c.name as company_name, a.status,
                               a.submitted_at, a.updated_at
                        from applications a
                        join postings p on p.id = a.posting_id
                        join companies c on c.id = p.company_id
                        where a.student_id = :studentId
                        order by a.submitted_at desc, a.id desc
                        """)
                .param("studentId", studentId)
                .query((rs, row) -> new MyApplication(
                        rs.getLong("id"),
                        rs.getLong("posting_id"),
                        rs.getString("title"),
                        rs.getString("company_name"),
                        ApplicationStatus.valueOf(rs.getString("status")),
                        rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
