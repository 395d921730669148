package org.stint.hiring;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.stint.posting.PayType;
import org.stint.shared.Money;

/** The columns and row readers the hiring read models share: pay, dispute, hour cap, times, skills. */
final class HiringRows {

    private HiringRows() {}

    /** The posting's pay, the payment recorded and the dispute, for {@link #pay} and {@link #dispute}. */
    static final String PAY_AND_DISPUTE_COLUMNS = """
            p.pay_amount_minor, p.pay_currency, p.pay_type,
            pay.amount_minor as paid_minor, pay.currency as paid_currency, pay.paid_on,
            pay.reference as paid_reference, pay.note as paid_note,
            d.id as dispute_id, d.reason as dispute_reason, d.raised_at as dispute_raised_at,
            d.outcome as dispute_outcome, d.outcome_note as dispute_outcome_note,
            du.display_name as dispute_decided_by, d.decided_at as dispute_decided_at""";

    static final String PAY_AND_DISPUTE_JOINS = """
            left join payments pay on pay.application_id = a.id
            left join payment_disputes d on d.application_id = a.id
            left join users du on du.id = d.decided_by""";

    static PaySummary pay(ResultSet rs) throws SQLException {
        Money owed = PaymentService.amountOwed(
                Money.of(rs.getLong("pay_amount_minor"), rs.getString("pay_currency")),
                PayType.valueOf(rs.getString("pay_type")),
                rs.getBigDecimal("hours_worked"));
        Money paid = rs.getString("paid_currency") == null
                ? null
                : Money.of(rs.getLong("paid_minor"), rs.getString("paid_currency"));
        return new PaySummary(
                owed,
                paid,
                rs.getObject("paid_on", LocalDate.class),
                rs.getString("paid_reference"),
                rs.getString("paid_note"));
    }

    static DisputeView dispute(ResultSet rs) throws SQLException {
        long id = rs.getLong("dispute_id");
        if (rs.wasNull()) {
            return null;
        }
        String outcome = rs.getString("dispute_outcome");
        return new DisputeView(
                id,
                rs.getString("dispute_reason"),
                instant(rs, "dispute_raised_at"),
                outcome == null ? null : DisputeOutcome.valueOf(outcome),
                rs.getString("dispute_outcome_note"),
                rs.getString("dispute_decided_by"),
                instant(rs, "dispute_decided_at"));
    }

    static HourCap hourCap(ResultSet rs) throws SQLException {
        int cap = rs.getInt("hour_cap");
        Integer value = rs.wasNull() ? null : cap;
        return new HourCap(value, rs.getInt("committed"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static List<String> skills(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
