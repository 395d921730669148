package org.stint.posting.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.stint.testsupport.AppTestSupport;
import org.stint.testsupport.Html;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org JobPosting markup of real posting pages (demo data on PostgreSQL), parsed as JSON
 * and checked against what Google's job search requires and PRODUCT.md asks for.
 */
class JobPostingJsonLdTests extends AppTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private long posting(String where) {
        return jdbc.sql("select min(id) from postings where " + where)
                .query(Long.class)
                .single();
    }

    private List<Element> markup(long id) throws Exception {
        Document page = Html.parse(
                mvc.perform(get("/postings/" + id)).andExpect(status().isOk()).andReturn());
        return page.select("script[type=application/ld+json]");
    }

    private JsonNode jobPosting(long id) throws Exception {
        List<Element> scripts = markup(id);
        assertThat(scripts).hasSize(1);
        JsonNode json = JSON.readTree(scripts.get(0).data());
        assertThat(json.get("@context").asString()).isEqualTo("https://schema.org/");
        assertThat(json.get("@type").asString()).isEqualTo("JobPosting");
        for (String required : List.of(
                "title",
                "description",
                "datePosted",
                "validThrough",
                "employmentType",
                "hiringOrganization",
                "baseSalary",
                "totalJobOpenings",
                "workHours")) {
            assertThat(json.has(required)).as(required).isTrue();
        }
        assertThat(json.get("employmentType").asString()).isEqualTo("INTERN");
        assertThat(json.at("/hiringOrganization/@type").asString()).isEqualTo("Organization");
        assertThat(json.at("/hiringOrganization/name").asString()).isNotBlank();
        assertThat(json.at("/baseSalary/@type").asString()).isEqualTo("MonetaryAmount");
        assertThat(json.at("/baseSalary/currency").asString()).matches("USD|GBP|INR|EUR");
        assertThat(json.at("/baseSalary/value/@type").asString()).isEqualTo("QuantitativeValue");
        assertThat(json.at("/baseSalary/value/value").isNumber()).isTrue();
        assertThat(json.at("/baseSalary/value/unitText").asString()).isIn("HOUR", "WEEK");
        LocalDate.parse(json.get("datePosted").asString());
        return json;
    }

    @Test
    void aRemoteOpenPostingSaysWhereApplicantsMustLive() throws Exception {
        long id = posting("status = 'OPEN' and application_deadline >= current_date and work_mode = 'REMOTE'");
        JsonNode json = jobPosting(id);
        var row = jdbc.sql("select application_deadline, openings, country, title from postings where id = :id")
                .param("id", id)
                .query()
                .singleRow();

        assertThat(json.get("jobLocationType").asString()).isEqualTo("TELECOMMUTE");
        assertThat(json.at("/applicantLocationRequirements/@type").asString()).isEqualTo("Country");
        assertThat(json.at("/applicantLocationRequirements/name").asString()).isNotBlank();
        assertThat(json.has("jobLocation")).isFalse();
        assertThat(json.get("validThrough").asString())
                .isEqualTo(row.get("application_deadline").toString());
        assertThat(json.get("totalJobOpenings").asInt()).isEqualTo(((Number) row.get("openings")).intValue());
        assertThat(json.get("title").asString()).isEqualTo(row.get("title"));
    }

    @Test
    void anOnSitePostingGivesItsPlace() throws Exception {
        JsonNode json = jobPosting(
                posting("status = 'OPEN' and application_deadline >= current_date and work_mode = 'ONSITE'"));

        assertThat(json.has("jobLocationType")).isFalse();
        assertThat(json.at("/jobLocation/@type").asString()).isEqualTo("Place");
        assertThat(json.at("/jobLocation/address/@type").asString()).isEqualTo("PostalAddress");
        assertThat(json.at("/jobLocation/address/addressLocality").asString()).isNotBlank();
        assertThat(json.at("/jobLocation/address/addressCountry").asString()).matches("[A-Z]{2}");
    }

    @Test
    void hourlyPayIsARatePerHour() throws Exception {
        long id = posting("status = 'OPEN' and application_deadline >= current_date and pay_type = 'HOURLY'");
        JsonNode json = jobPosting(id);
        long minor = jdbc.sql("select pay_amount_minor from postings where id = :id")
                .param("id", id)
                .query(Long.class)
                .single();

        assertThat(json.at("/baseSalary/value/unitText").asString()).isEqualTo("HOUR");
        assertThat(json.at("/baseSalary/value/value").decimalValue())
                .isEqualByComparingTo(java.math.BigDecimal.valueOf(minor, 2));
    }

    @Test
    void closedAndExpiredPostingsCarryNoMarkup() throws Exception {
        assertThat(markup(posting("status = 'CLOSED'"))).isEmpty();
        Long expired = jdbc.sql(
                        "select min(id) from postings where status = 'OPEN' and application_deadline < current_date")
                .query(Long.class)
                .optional()
                .orElse(null);
        if (expired != null) {
            assertThat(markup(expired)).isEmpty();
        }
    }
}
