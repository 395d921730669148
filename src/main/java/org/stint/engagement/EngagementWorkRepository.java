package org.stint.engagement;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of an engagement's work: messages, deliverables (links or files) and their review, milestones. */
@Repository
class EngagementWorkRepository {

    private final JdbcClient jdbc;

    EngagementWorkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertMessage(long id, long author, String body) {
        jdbc.sql("insert into engagement_messages (application_id, author_user_id, body) values (:id, :author, :body)")
                .param("id", id)
                .param("author", author)
                .param("body", body)
                .update();
    }

    long insertLink(long id, long student, String title, String url, String note) {
        return jdbc.sql("""
                        insert into engagement_deliverables (application_id, title, link_url, note, submitted_by)
                        values (:id, :title, :url, :note, :student) returning id
                        """)
                .param("id", id)
                .param("title", title)
                .param("url", url)
                .param("note", note)
                .param("student", student)
                .query(Long.class)
                .single();
    }

    long insertFile(
            long id, long student, String title, String fileName, String contentType, byte[] content, String note) {
        return jdbc.sql("""
                        insert into engagement_deliverables
                            (application_id, title, file_name, content_type, size_bytes, content, note, submitted_by)
                        values (:id, :title, :name, :type, :size, :content, :note, :student) returning id
                        """)
                .param("id", id)
                .param("title", title)
                .param("name", fileName)
                .param("type", contentType)
                .param("size", content.length)
                .param("content", content)
                .param("note", note)
                .param("student", student)
                .query(Long.class)
                .single();
    }

    /** A deliverable's file, for a download. */
    record StoredFile(String fileName, String contentType, byte[] content) {}

    Optional<StoredFile> file(long applicationId, long deliverableId) {
        return jdbc.sql("""
                        select file_name, content_type, content from engagement_deliverables
                        where id = :d and application_id = :id and file_name is not null
                        """)
                .param("d", deliverableId)
                .param("id", applicationId)
                .query((rs, row) ->
                        new StoredFile(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    /** The deliverable's status, locked for a review. */
    Optional<String> deliverableStatusForUpdate(long applicationId, long deliverableId) {
        return jdbc.sql("""
                        select status from engagement_deliverables
                        where id = :d and application_id = :id for update
                        """)
                .param("d", deliverableId)
                .param("id", applicationId)
                .query(String.class)
                .optional();
    }

    void review(long applicationId, long deliverableId, String decision, String comment, long reviewer) {
        jdbc.sql("update engagement_deliverables set status = :decision where id = :d")
                .param("decision", decision)
                .param("d", deliverableId)
                .update();
        jdbc.sql("""
                        insert into engagement_deliverable_reviews
                            (deliverable_id, application_id, decision, comment, reviewer_user_id)
                        values (:d, :id, :decision, :comment, :reviewer)
                        """)
                .param("d", deliverableId)
                .param("id", applicationId)
                .param("decision", decision)
                .param("comment", comment)
                .param("reviewer", reviewer)
                .update();
    }

    long countMilestones(long applicationId) {
        return jdbc.sql("select count(*) from engagement_milestones where application_id = :id")
                .param("id", applicationId)
                .query(Long.class)
                .single();
    }

    void insertMilestone(long applicationId, String title, LocalDate dueOn, long member) {
        jdbc.sql("""
                        insert into engagement_milestones (application_id, title, due_on, created_by)
                        values (:id, :title, :due, :member)
                        """)
                .param("id", applicationId)
                .param("title", title)
                .param("due", dueOn)
                .param("member", member)
                .update();
    }

    int deleteMilestone(long applicationId, long milestoneId) {
        return jdbc.sql("delete from engagement_milestones where id = :m and application_id = :id")
                .param("m", milestoneId)
                .param("id", applicationId)
                .update();
    }
}
