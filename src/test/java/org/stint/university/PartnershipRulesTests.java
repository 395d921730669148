package org.stint.university;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The life of a partnership, as plain rules. */
class PartnershipRulesTests {

    private final Instant now = Instant.parse("2026-11-29T10:00:00Z");

    private Partnership requested() {
        return new Partnership(1, 2, 3, "Hello", now);
    }

    @Test
    void aRequestCanBeApprovedThenRevokedWithAReason() {
        Partnership p = requested();
        p.approve(9, now);
        assertThat(p.getStatus()).isEqualTo(PartnershipStatus.APPROVED);
        assertThatThrownBy(() -> p.revoke(9, now, " ")).isInstanceOf(PartnershipStateException.class);
        p.revoke(9, now, " Students complained ");
        assertThat(p.getStatus()).isEqualTo(PartnershipStatus.REVOKED);
        assertThat(p.getReason()).isEqualTo("Students complained");
    }

    @Test
    void declineNeedsAReasonAndTheCompanyMayAskAgain() {
        Partnership p = requested();
        assertThatThrownBy(() -> p.decline(9, now, null))
                .isInstanceOf(PartnershipStateException.class)
                .hasMessage("university.partnership.error.reasonRequired");
        p.decline(9, now, "No website");
        assertThat(p.getStatus()).isEqualTo(PartnershipStatus.DECLINED);
        p.requestAgain(3, "We have a website now", now);
        assertThat(p.getStatus()).isEqualTo(PartnershipStatus.REQUESTED);
        assertThat(p.getReason()).isNull();
        assertThat(p.getMessage()).isEqualTo("We have a website now");
    }

    @Test
    void decisionsMustFitTheState() {
        Partnership p = requested();
        assertThatThrownBy(() -> p.revoke(9, now, "why")).hasMessage("university.partnership.error.notApproved");
        assertThatThrownBy(() -> p.requestAgain(3, null, now))
                .hasMessage("university.partnership.error.alreadyRequested");
        p.approve(9, now);
        assertThatThrownBy(() -> p.approve(9, now)).hasMessage("university.partnership.error.notPending");
        assertThatThrownBy(() -> p.decline(9, now, "x")).hasMessage("university.partnership.error.notPending");
        assertThatThrownBy(() -> p.requestAgain(3, null, now))
                .hasMessage("university.partnership.error.alreadyApproved");
        p.revoke(9, now, "Closed their office");
        assertThatThrownBy(() -> p.requestAgain(3, null, now)).hasMessage("university.partnership.error.revoked");
    }

    @Test
    void memberDomainsAreComparedWithTheWebsitesHost() {
        assertThat(DomainMatch.hostOf("https://www.Lumen.com/about")).isEqualTo("lumen.com");
        assertThat(DomainMatch.hostOf("lumen.com")).isEqualTo("lumen.com");
        assertThat(DomainMatch.hostOf(null)).isEmpty();
        assertThat(DomainMatch.matches("lumen.com", "lumen.com")).isTrue();
        assertThat(DomainMatch.matches("mail.lumen.com", "lumen.com")).isTrue();
        assertThat(DomainMatch.matches("lumen.com", "shop.lumen.com")).isTrue();
        assertThat(DomainMatch.matches("gmail.com", "lumen.com")).isFalse();
        assertThat(DomainMatch.matches("notlumen.com", "lumen.com")).isFalse();
        assertThat(DomainMatch.matches("lumen.com", "")).isFalse();
    }

    @Test
    void adminDomainListsAreCleanedUp() {
        assertThat(UniversityAdministration.domains(" A.edu, @b.ac.uk  c.edu,,nodot "))
                .containsExactly("a.edu", "b.ac.uk", "c.edu");
    }
}
