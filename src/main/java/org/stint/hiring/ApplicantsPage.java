package org.stint.hiring;

import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.stint.shared.FragmentRenderer;
import org.stint.shared.KeptRendering;
import org.thymeleaf.ITemplateEngine;

/**
 * The applicant list below its layout, rendered once per posting, status filter and locale and
 * used again while the list read for the request is equal: rendering was half of the page's CPU
 * time, and comparing the list read with the one rendered costs far less. The HTML holds nothing of the viewer, and
 * {@link HiringService#applicants} has checked that the viewer's company owns the posting.
 */
@Component
class ApplicantsPage {

    private record Key(long postingId, ApplicationStatus filter) {}

    private final KeptRendering<Key, ApplicantList> kept;

    ApplicantsPage(ITemplateEngine templates, ApplicationContext context) {
        this.kept = new KeptRendering<>(new FragmentRenderer(templates, context), "hiring/_applicants", "list", 1_000);
    }

    String body(ApplicantList list) {
        return kept.html(
                new Key(list.posting().id(), list.filter()),
                list,
                () -> Map.of("list", list, "statuses", ApplicationStatus.values()));
    }
}
