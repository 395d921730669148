package org.stint.bookmark;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stint.posting.PostingsForHiring;
import org.stint.shared.Money;

/**
 * A student's bookmarked postings. Saving checks that the student may see the posting (published,
 * not hidden, and a vetted partner's for a partner-only university), so a bookmark never reveals
 * a posting; the list keeps postings that closed or were hidden since, and says so.
 */
@Service
public class SavedPostings {

    private final JdbcClient jdbc;

    private final PostingsForHiring postings;

    private final Clock clock;

    SavedPostings(JdbcClient jdbc, PostingsForHiring postings, Clock clock) {
        this.jdbc = jdbc;
        this.postings = postings;
        this.clock = clock;
    }

    /** Saves a posting this student may see; saving it twice keeps the first. */
    @Transactional
    public void save(long studentId, long postingId) {
        postings.requireVisibleTo(postingId, studentId);
        jdbc.sql("""
                        insert into saved_postings (student_id, posting_id) values (:student, :posting)
                        on conflict do nothing
                        """).param("student", studentId).param("posting", postingId).update();
    }

    /** Removes a bookmark; removing one that does not exist changes nothing. */
    @Transactional
    public void remove(long studentId, long postingId) {
        jdbc.sql("delete from saved_postings where student_id = :student and posting_id = :posting")
                .param("student", studentId)
                .param("posting", postingId)
                .update();
    }

    /** The student's bookmarks, newest first, with each posting's state: one statement. */
    @Transactional(readOnly = true)
    public List<SavedPosting> of(long studentId) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                        select p.id, p.title, c.name as company_name, p.pay_amount_minor, p.pay_currency, p.pay_type,
                               p.application_deadline, p.status, p.hidden_at is not null as hidden
                        from saved_postings s
                        join postings p on p.id = s.posting_id
                        join companies c on c.id = p.company_id
                        where s.student_id = :student
                        order by s.saved_at desc, p.id desc
                        """)
                .param("student", studentId)
                .query((rs, row) -> {
                    LocalDate deadline = rs.getObject("application_deadline", LocalDate.class);
                    String status = rs.getString("status");
                    SavedPosting.State state = rs.getBoolean("hidden")
                            ? SavedPosting.State.REMOVED
                            : !status.equals("OPEN")
                                    ? SavedPosting.State.CLOSED
                                    : deadline.isBefore(today) ? SavedPosting.State.EXPIRED : SavedPosting.State.OPEN;
                    return new SavedPosting(
                            rs.getLong("id"),
                            rs.getString("title"),
                            rs.getString("company_name"),
                            Money.of(rs.getLong("pay_amount_minor"), rs.getString("pay_currency")),
                            rs.getString("pay_type"),
                            deadline,
                            state);
                })
                .list();
    }
}
