package org.stint.posting.search;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.stint.company.CompanySummary;
import org.stint.posting.Pay;
import org.stint.posting.WorkMode;
import org.stint.shared.Countries;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org {@code JobPosting} markup for a posting page, as search engines read it. Only a
 * posting that takes applications gets any: a closed or expired one must drop out of job search.
 *
 * <p>Remote postings say {@code jobLocationType: TELECOMMUTE} with the country applicants must be
 * in; others give the city. Hourly pay is a rate per {@code HOUR}; a fixed fee, which has no
 * schema.org unit, is given per {@code WEEK} (the fee divided by the weeks), which is exact.
 */
final class JobPostingJsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JobPostingJsonLd() {}

    /** The markup as a map (what tests inspect), or {@code null} when the posting is not open. */
    static Map<String, Object> of(PostingDetails posting, CompanySummary company) {
        if (!posting.acceptingApplications()) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org/");
        json.put("@type", "JobPosting");
        json.put("title", posting.title());
        json.put("description", posting.description());
        json.put("datePosted", posting.publishedOn().toString());
        json.put("validThrough", posting.applicationDeadline().toString());
        json.put("employmentType", "INTERN");
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("@type", "Organization");
        organization.put("name", company.name());
        if (company.website() != null) {
            organization.put("sameAs", company.website());
        }
        json.put("hiringOrganization", organization);
        if (posting.workMode() == WorkMode.REMOTE) {
            json.put("jobLocationType", "TELECOMMUTE");
            Map<String, Object> country = new LinkedHashMap<>();
            country.put("@type", "Country");
            country.put("name", Countries.name(posting.country()));
            json.put("applicantLocationRequirements", country);
        }
        if (posting.city() != null) {
            Map<String, Object> address = new LinkedHashMap<>();
            address.put("@type", "PostalAddress");
            address.put("addressLocality", posting.city());
            address.put("addressCountry", posting.country());
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("@type", "Place");
            place.put("address", address);
            json.put("jobLocation", place);
        }
        Pay pay = posting.pay();
        BigDecimal amount = pay.amount().amount();
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("@type", "QuantitativeValue");
        if (pay.hourly()) {
            value.put("value", amount);
            value.put("unitText", "HOUR");
        } else {
            value.put("value", amount.divide(BigDecimal.valueOf(pay.durationWeeks()), 2, RoundingMode.HALF_UP));
            value.put("unitText", "WEEK");
        }
        Map<String, Object> salary = new LinkedHashMap<>();
        salary.put("@type", "MonetaryAmount");
        salary.put("currency", pay.amount().currency().getCurrencyCode());
        salary.put("value", value);
        json.put("baseSalary", salary);
        json.put("totalJobOpenings", posting.openings());
        json.put("workHours", posting.hoursPerWeek() + " hours per week for " + posting.durationWeeks() + " weeks");
        if (!posting.skills().isEmpty()) {
            json.put("skills", String.join(", ", posting.skills()));
        }
        return json;
    }

    /**
     * The markup as text safe inside a {@code <script>} element: {@code <}, {@code >} and
     * {@code &} are written as JSON escapes, so no text in a posting can close the element.
     */
    static String script(Map<String, Object> json) {
        if (json == null) {
            return null;
        }
        return JSON.writeValueAsString(json)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }
}
