package org.stint.university.report;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stint.university.UniversityRef;
import org.stint.university.UniversityService;

/** Outcome reports, always for the signed-in staff member's own university. */
@Service
@Transactional(readOnly = true)
class ReportService {

    private final ReportQueries queries;

    private final UniversityService universities;

    private final Clock clock;

    ReportService(ReportQueries queries, UniversityService universities, Clock clock) {
        this.queries = queries;
        this.universities = universities;
        this.clock = clock;
    }

    /** The months asked for ({@code 2025-03}, or a day meaning its month), see {@link ReportRange}. */
    ReportRange range(String from, String to) {
        return ReportRange.of(ReportRange.month(from), ReportRange.month(to), currentMonth());
    }

    /** Months are calendar months in UTC, as the summaries are. */
    YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(ZoneOffset.UTC));
    }

    OutcomeReport report(long staffUserId, ReportRange range) {
        UniversityRef university = universities.universityOfStaff(staffUserId);
        return queries.report(university.id(), university.name(), range, queries.version(university.id()));
    }

    java.util.List<ReportQueries.OutcomeCount> outcomes(long staffUserId, ReportRange range) {
        return queries.outcomes(universities.universityOfStaff(staffUserId).id(), range);
    }

    void engagements(long staffUserId, ReportRange range, Consumer<ReportQueries.Engagement> each) {
        queries.engagements(universities.universityOfStaff(staffUserId).id(), range, each);
    }
}
