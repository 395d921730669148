package org.stint.posting.search;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.stint.posting.Applied;
import org.stint.posting.Category;
import org.stint.posting.PartnerOnlyRule;
import org.stint.posting.Pay;
import org.stint.posting.PayType;
import org.stint.posting.WorkMode;
import org.stint.shared.Money;

/** Maps result rows to posting cards; every query that lists cards reuses it. */
final class PostingCardRows {

    private PostingCardRows() {}

    /**
     * Maps a row of the card columns with {@code company_name}, {@code vetted_by} and {@link
     * PartnerOnlyRule#applied applied_id, applied_at, saved}; other queries that list cards reuse it.
     */
    static PostingCard card(ResultSet rs, int row) throws SQLException {
        int hours = rs.getInt("hours_per_week");
        int weeks = rs.getInt("duration_weeks");
        return new PostingCard(
                rs.getLong("id"),
                rs.getString("title"),
                Category.valueOf(rs.getString("category")),
                skills(rs.getArray("skills")),
                hours,
                weeks,
                WorkMode.valueOf(rs.getString("work_mode")),
                rs.getString("city"),
                rs.getString("country"),
                pay(rs, hours, weeks),
                rs.getInt("openings"),
                rs.getObject("application_deadline", LocalDate.class),
                rs.getObject("published_at", OffsetDateTime.class).toInstant(),
                rs.getLong("company_id"),
                rs.getString("company_name"),
                rs.getString("vetted_by"),
                applied(rs),
                rs.getBoolean("saved"));
    }

    /** The viewing student's application in a row with {@code applied_id, applied_at}, or null. */
    static Applied applied(ResultSet rs) throws SQLException {
        long id = rs.getLong("applied_id");
        return rs.wasNull()
                ? null
                : new Applied(
                        id, rs.getObject("applied_at", OffsetDateTime.class).toInstant());
    }

    /** A row's pay (the {@code pay_amount_minor}, {@code pay_currency} and {@code pay_type} columns). */
    static Pay pay(ResultSet rs, int hours, int weeks) throws SQLException {
        return new Pay(
                Money.of(rs.getLong("pay_amount_minor"), rs.getString("pay_currency")),
                PayType.valueOf(rs.getString("pay_type")),
                hours,
                weeks);
    }

    static List<String> skills(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
