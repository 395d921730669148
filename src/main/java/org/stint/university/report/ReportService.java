package org.stint.university.report;

import java.time.Clock;
import java.time.LocalDate;
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

    ReportRange range(LocalDate from, LocalDate to) {
        return ReportRange.of(from, to, LocalDate.now(clock));
    }

    OutcomeReport report(long staffUserId, ReportRange range) {
        UniversityRef university = universities.universityOfStaff(staffUserId);
        queries.prepareSession();
        return queries.report(university.id(), university.name(), range);
    }

    void engagements(long staffUserId, ReportRange range, Consumer<ReportQueries.Engagement> each) {
        queries.prepareSession();
        queries.engagements(universities.universityOfStaff(staffUserId).id(), range, each);
    }
}
