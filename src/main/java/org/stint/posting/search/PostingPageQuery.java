package org.stint.posting.search;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stint.company.CompanySummary;
import org.stint.posting.Category;
import org.stint.posting.PartnerOnlyRule;
import org.stint.posting.PostingStatus;
import org.stint.posting.PostingViewer;
import org.stint.posting.WorkMode;

/**
 * A posting's public page: the posting, its company, the viewer's vetted mark and their application
 * in one statement.
 */
@Repository
public class PostingPageQuery {

    private final JdbcClient jdbc;

    PostingPageQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A published posting that no administrator has hidden and this viewer may see. */
    public Optional<PostingPage> find(long id, LocalDate today, PostingViewer viewer) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        String sql = "select p.id, p.company_id, p.title, p.description, p.category, p.skills, p.hours_per_week,"
                + " p.duration_weeks, p.work_mode, p.city, p.country, p.pay_amount_minor, p.pay_currency,"
                + " p.pay_type, p.openings, p.application_deadline, p.status, p.published_at,"
                + " c.name as company_name, c.slug, c.website, c.industry, c.country as company_country, c.about, "
                + PartnerOnlyRule.vettedBy(viewer, params) + " as vetted_by, "
                + PartnerOnlyRule.applied(viewer, params)
                + " from postings p join companies c on c.id = p.company_id"
                + PartnerOnlyRule.appliedJoin(viewer)
                + " where p.id = :id and p.status <> 'DRAFT' and p.hidden_at is null"
                + PartnerOnlyRule.where(viewer, params);
        return jdbc.sql(sql)
                .params(params)
                .query((rs, row) -> {
                    int hours = rs.getInt("hours_per_week");
                    int weeks = rs.getInt("duration_weeks");
                    PostingStatus status = PostingStatus.valueOf(rs.getString("status"));
                    LocalDate deadline = rs.getObject("application_deadline", LocalDate.class);
                    PostingDetails posting = new PostingDetails(
                            rs.getLong("id"),
                            rs.getLong("company_id"),
                            rs.getString("title"),
                            rs.getString("description"),
                            Category.valueOf(rs.getString("category")),
                            PostingCardRows.skills(rs.getArray("skills")),
                            hours,
                            weeks,
                            WorkMode.valueOf(rs.getString("work_mode")),
                            rs.getString("city"),
                            rs.getString("country"),
                            PostingCardRows.pay(rs, hours, weeks),
                            rs.getInt("openings"),
                            deadline,
                            status,
                            status == PostingStatus.OPEN && !deadline.isBefore(today),
                            rs.getObject("published_at", OffsetDateTime.class).toInstant());
                    CompanySummary company = new CompanySummary(
                            posting.companyId(),
                            rs.getString("company_name"),
                            rs.getString("slug"),
                            rs.getString("website"),
                            rs.getString("industry"),
                            rs.getString("company_country"),
                            rs.getString("about"));
                    return PostingPage.of(
                            posting,
                            company,
                            rs.getString("vetted_by"),
                            PostingCardRows.applied(rs),
                            rs.getBoolean("saved"));
                })
                .optional();
    }
}
