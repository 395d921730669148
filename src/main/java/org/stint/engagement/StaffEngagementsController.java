package org.stint.engagement;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.stint.account.AccountPrincipal;
import org.stint.hiring.HourLimits;

/**
 * The career office's way into its students' engagements: the latest 200 running or completed,
 * each linking to its (read-only) engagement page.
 */
@Controller
class StaffEngagementsController {

    /** One engagement in the list. */
    record Row(
            long id,
            String studentName,
            String postingTitle,
            String companyName,
            String status,
            LocalDate hiredOn,
            LocalDate completedOn,
            BigDecimal hoursWorked) {

        public String hoursWorkedText() {
            return HourLimits.text(hoursWorked);
        }
    }

    private final EngagementPageService engagements;

    StaffEngagementsController(EngagementPageService engagements) {
        this.engagements = engagements;
    }

    @GetMapping("/university/engagements")
    String list(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        model.addAttribute("engagements", engagements.forStaff(user.userId()));
        return "engagement/staff-engagements";
    }
}
