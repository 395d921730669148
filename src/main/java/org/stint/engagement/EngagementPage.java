package org.stint.engagement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.stint.hiring.HourLimits;

/** Everything the engagement page shows, read in two statements. */
record EngagementPage(
        Header header,
        Party viewer,
        List<TimelineItem> timeline,
        List<Timesheet> timesheets,
        List<Deliverable> deliverables,
        List<Milestone> milestones,
        long unreadCount,
        List<LocalDate> openWeeks) {

    /** The engagement as one row: the application, its posting, company and student. */
    record Header(
            long id,
            String status,
            long studentId,
            String studentName,
            String universityName,
            long postingId,
            String postingTitle,
            long companyId,
            String companyName,
            int hoursPerWeek,
            int weeks,
            Instant hiredAt,
            Instant completedAt,
            BigDecimal hoursWorked,
            boolean member,
            boolean staff,
            Instant lastReadAt) {

        boolean running() {
            return "HIRED".equals(status);
        }

        HourLimits limits() {
            return new HourLimits(hoursPerWeek, weeks);
        }

        public String hoursWorkedText() {
            return HourLimits.text(hoursWorked);
        }

        public String totalLimitText() {
            return limits().totalLimitText();
        }
    }

    /** One entry of the timeline: what kind, who, when, and its details. */
    record TimelineItem(
            String kind,
            long id,
            Instant at,
            String actorName,
            String title,
            String body,
            String url,
            String fileName,
            String status,
            BigDecimal hours,
            BigDecimal previousHours,
            LocalDate day,
            boolean unread) {

        public String hoursText() {
            return HourLimits.text(hours);
        }

        public String previousHoursText() {
            return HourLimits.text(previousHours);
        }
    }

    /** A week's timesheet as it stands, with the employer's latest question, if any. */
    record Timesheet(
            long id,
            LocalDate weekStart,
            BigDecimal hours,
            String note,
            String overReason,
            String status,
            String submittedBy,
            Instant updatedAt,
            String lastQuery) {

        public String hoursText() {
            return HourLimits.text(hours);
        }
    }

    /** A deliverable as it stands: a link or a file, and its review status. */
    record Deliverable(
            long id,
            String title,
            String url,
            String fileName,
            Integer sizeBytes,
            String note,
            String status,
            String submittedBy,
            Instant submittedAt) {

        /** "1.2 MB", "840 KB": a file's size for people. */
        public String sizeText() {
            if (sizeBytes == null) {
                return "";
            }
            if (sizeBytes >= 1024 * 1024) {
                return String.format(java.util.Locale.ENGLISH, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
            }
            return Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
        }
    }

    record Milestone(long id, String title, LocalDate dueOn) {}

    public boolean running() {
        return header.running();
    }

    public boolean isStudent() {
        return viewer == Party.STUDENT;
    }

    public boolean isEmployer() {
        return viewer == Party.EMPLOYER;
    }

    public boolean readOnly() {
        return viewer == Party.STAFF;
    }

    /** The total of the timesheets approved so far. */
    public String approvedTotalText() {
        return HourLimits.text(timesheets.stream()
                .filter(t -> "APPROVED".equals(t.status()))
                .map(Timesheet::hours)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** The total of every timesheet handed in, whatever its status. */
    public String submittedTotalText() {
        return HourLimits.text(timesheets.stream().map(Timesheet::hours).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
