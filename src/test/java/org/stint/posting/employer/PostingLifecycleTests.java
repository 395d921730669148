package org.stint.posting.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.stint.posting.Category;
import org.stint.posting.PayType;
import org.stint.posting.Posting;
import org.stint.posting.PostingLifecycleException;
import org.stint.posting.PostingStatus;
import org.stint.posting.WorkMode;

/** Draft → open → closed, and the ways back that the rules allow. */
class PostingLifecycleTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static Posting draft(LocalDate deadline) {
        return Posting.draft(
                1,
                new PostingForm(
                        "Clean a dataset",
                        "Clean and document a sales dataset for the team.",
                        Category.DATA,
                        "SQL, Python",
                        20,
                        4,
                        WorkMode.REMOTE,
                        null,
                        "US",
                        new BigDecimal("25.00"),
                        "USD",
                        PayType.HOURLY,
                        2,
                        deadline));
    }

    private static void refused(Runnable step, String key) {
        assertThatThrownBy(step::run)
                .isInstanceOf(PostingLifecycleException.class)
                .hasMessage(key);
    }

    @Test
    void publishesOnceAndOnlyWithTheDeadlineAhead() {
        Posting late = draft(TODAY);
        refused(() -> late.publish(TODAY), "posting.lifecycle.deadlinePassed");

        Posting posting = draft(TODAY.plusDays(10));
        posting.publish(TODAY);
        assertThat(posting.getStatus()).isEqualTo(PostingStatus.OPEN);
        assertThat(posting.acceptsApplications(TODAY)).isTrue();
        assertThat(posting.acceptsApplications(TODAY.plusDays(11)))
                .as("past its deadline")
                .isFalse();
        refused(() -> posting.publish(TODAY), "posting.lifecycle.notDraft");
    }

    @Test
    void reopensOnlyWithOpeningsLeftTheDeadlineAheadAndNotHidden() {
        Posting posting = draft(TODAY.plusDays(10));
        refused(() -> posting.close(Posting.ClosedReason.MANUAL), "posting.lifecycle.notOpen");
        posting.publish(TODAY);
        posting.close(Posting.ClosedReason.MANUAL);
        assertThat(posting.acceptsApplications(TODAY)).isFalse();

        refused(() -> posting.reopen(TODAY, 2), "posting.lifecycle.filled");
        refused(() -> posting.reopen(TODAY.plusDays(10), 0), "posting.lifecycle.deadlinePassed");
        posting.reopen(TODAY, 1);
        assertThat(posting.getStatus()).isEqualTo(PostingStatus.OPEN);

        posting.close(Posting.ClosedReason.MANUAL);
        ReflectionTestUtils.setField(posting, "hiddenAt", Instant.now());
        refused(() -> posting.reopen(TODAY, 0), "posting.lifecycle.hidden");
    }

    @Test
    void hidingClosesAnOpenPostingKeepsAClosedOnesReasonAndNeverReopens() {
        Instant now = Instant.parse("2026-11-29T10:00:00Z");
        Posting open = draft(TODAY.plusDays(10));
        open.publish(TODAY);
        open.hide("Spam", now);
        assertThat(open.getStatus()).isEqualTo(PostingStatus.CLOSED);
        assertThat(ReflectionTestUtils.getField(open, "closedReason")).isEqualTo(Posting.ClosedReason.MANUAL);
        assertThat(ReflectionTestUtils.getField(open, "hiddenReason")).isEqualTo("Spam");
        refused(() -> open.reopen(TODAY, 0), "posting.lifecycle.hidden");

        Posting filled = draft(TODAY.plusDays(10));
        filled.publish(TODAY);
        filled.close(Posting.ClosedReason.FILLED);
        filled.hide("Misleading pay", now);
        assertThat(ReflectionTestUtils.getField(filled, "closedReason")).isEqualTo(Posting.ClosedReason.FILLED);

        Posting neverPublished = draft(TODAY.plusDays(10));
        neverPublished.hide("Spam", now);
        assertThat(neverPublished.getStatus()).isEqualTo(PostingStatus.CLOSED);
        assertThat(ReflectionTestUtils.getField(neverPublished, "publishedAt")).isEqualTo(now);
    }

    @Test
    void theFormRoundTripsAndPayIsKeptInMinorUnits() {
        Posting posting = draft(TODAY.plusDays(10));
        PostingForm form = posting.toForm();
        assertThat(form.payAmount()).isEqualByComparingTo("25.00");
        assertThat(form.skills()).isEqualTo("SQL, Python");
        assertThat(posting.pay().estimatedTotal().formatted()).isEqualTo("$2,000");
    }
}
