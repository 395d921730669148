package org.stint.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stint.hiring.ApplicationStatus.COMPLETED;
import static org.stint.hiring.ApplicationStatus.HIRED;
import static org.stint.hiring.ApplicationStatus.REJECTED;
import static org.stint.hiring.ApplicationStatus.SHORTLISTED;
import static org.stint.hiring.ApplicationStatus.SUBMITTED;
import static org.stint.hiring.ApplicationStatus.WITHDRAWN;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ApplicationStatusTests {

    @Test
    void followsTheWorkflow() {
        assertThat(SUBMITTED.canMoveTo(SHORTLISTED)).isTrue();
        assertThat(SHORTLISTED.canMoveTo(HIRED)).isTrue();
        assertThat(HIRED.canMoveTo(COMPLETED)).isTrue();
    }

    @Test
    void rejectionAndWithdrawalOnlyBeforeHiring() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            boolean beforeHiring = status == SUBMITTED || status == SHORTLISTED;
            assertThat(status.canMoveTo(REJECTED)).as("%s to REJECTED", status).isEqualTo(beforeHiring);
            assertThat(status.canMoveTo(WITHDRAWN))
                    .as("%s to WITHDRAWN", status)
                    .isEqualTo(beforeHiring);
            assertThat(status.isOpen()).isEqualTo(beforeHiring);
        }
    }

    @Test
    void noShortcutsAndNoWayBack() {
        assertThat(SUBMITTED.canMoveTo(HIRED)).isFalse();
        assertThat(SUBMITTED.canMoveTo(COMPLETED)).isFalse();
        assertThat(SHORTLISTED.canMoveTo(COMPLETED)).isFalse();
        for (ApplicationStatus done : EnumSet.of(REJECTED, WITHDRAWN, COMPLETED)) {
            assertThat(done.isFinal()).isTrue();
            for (ApplicationStatus any : ApplicationStatus.values()) {
                assertThat(done.canMoveTo(any)).as("%s to %s", done, any).isFalse();
            }
        }
    }

    @Test
    void anApplicationRefusesAStepTheWorkflowDoesNotAllow() {
        JobApplication application = new JobApplication();
        assertThatThrownBy(() -> application.moveTo(HIRED))
                .isInstanceOf(HiringRefusedException.class)
                .hasMessage("hiring.refused.to.HIRED");
        application.moveTo(SHORTLISTED);
        application.moveTo(HIRED);
        assertThatThrownBy(application::requireCompleted).isInstanceOf(HiringRefusedException.class);
        application.complete(new java.math.BigDecimal("37.5"));
        assertThat(application.getStatus()).isEqualTo(COMPLETED);
        assertThat(application.getHoursWorked()).isEqualByComparingTo("37.5");
    }
}
