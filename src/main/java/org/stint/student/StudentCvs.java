package org.stint.student;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The student_cvs table: one CV per student, replaced on each upload. */
@Repository
class StudentCvs {

    private final JdbcClient jdbc;

    StudentCvs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(long studentId, String fileName, byte[] content, Instant uploadedAt) {
        jdbc.sql("""
                        insert into student_cvs (student_id, file_name, size_bytes, content, uploaded_at)
                        values (:student, :name, :size, :content, :at)
                        on conflict (student_id) do update
                            set file_name = excluded.file_name, size_bytes = excluded.size_bytes,
                                content = excluded.content, uploaded_at = excluded.uploaded_at
                        """)
                .param("student", studentId)
                .param("name", fileName)
                .param("size", content.length)
                .param("content", content)
                .param("at", Timestamp.from(uploadedAt))
                .update();
    }

    Optional<StudentCv> find(long studentId) {
        return jdbc.sql("select file_name, content, size_bytes, uploaded_at from student_cvs where student_id = :id")
                .param("id", studentId)
                .query((rs, row) -> new StudentCv(
                        rs.getString("file_name"),
                        rs.getBytes("content"),
                        rs.getInt("size_bytes"),
                        rs.getObject("uploaded_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    Optional<CvSummary> summary(long studentId) {
        return jdbc.sql("select file_name, size_bytes, uploaded_at from student_cvs where student_id = :id")
                .param("id", studentId)
                .query((rs, row) -> new CvSummary(
                        rs.getString("file_name"),
                        rs.getInt("size_bytes"),
                        rs.getObject("uploaded_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    boolean exists(long studentId) {
        return jdbc.sql("select exists (select 1 from student_cvs where student_id = :id)")
                .param("id", studentId)
                .query(Boolean.class)
                .single();
    }
}
