package org.stint.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.stint.posting.MarketplaceFigures;
import org.stint.testsupport.AppTestSupport;
import org.stint.testsupport.Html;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Feeds, sitemap and robots.txt, and the browse page's answers to odd input, on the demo data. */
class DiscoveryEndpointsTests extends AppTestSupport {

    @Autowired
    MarketplaceFigures figures;

    private static org.w3c.dom.Document xml(MvcResult result) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
    }

    private static List<String> texts(org.w3c.dom.Document doc, String ns, String name) {
        NodeList nodes = doc.getElementsByTagNameNS(ns, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void theAtomFeedOfASearchHoldsTheSameFilteredPostingsNewestFirst() throws Exception {
        MvcResult result = mvc.perform(get("/postings/feed?q=data&category=DATA"))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(result.getResponse().getContentType()).startsWith("application/atom+xml");
        org.w3c.dom.Document feed = xml(result);
        String atom = "http://www.w3.org/2005/Atom";

        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo(atom);
        assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
        NodeList entries = feed.getElementsByTagNameNS(atom, "entry");
        List<Long> expected = jdbc.sql("""
                        select id from postings
                        where status = 'OPEN' and application_deadline >= current_date and category = 'DATA'
                          and search_document @@ to_tsquery('english', 'data')
                        order by published_at desc, id desc
                        """).query(Long.class).list();
        assertThat(expected).isNotEmpty();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            String id = entry.getElementsByTagNameNS(atom, "id").item(0).getTextContent();
            ids.add(Long.parseLong(id.substring(id.lastIndexOf('/') + 1)));
            assertThat(entry.getElementsByTagNameNS(atom, "updated").item(0).getTextContent())
                    .matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            assertThat(entry.getElementsByTagNameNS(atom, "summary").item(0).getTextContent())
                    .contains("h/week");
        }
        assertThat(ids).containsExactlyElementsOf(expected);
    }

    @Test
    void theSitemapListsOpenPostingsOnly() throws Exception {
        org.w3c.dom.Document sitemap =
                xml(mvc.perform(get("/sitemap.xml")).andExpect(status().isOk()).andReturn());
        List<String> locations = texts(sitemap, "http://www.sitemaps.org/schemas/sitemap/0.9", "loc");

        List<Long> open = jdbc.sql(
                        "select id from postings where status = 'OPEN' and application_deadline >= current_date")
                .query(Long.class)
                .list();
        List<Long> listed = locations.stream()
                .filter(loc -> loc.contains("/postings/"))
                .map(loc -> Long.parseLong(loc.substring(loc.lastIndexOf('/') + 1)))
                .toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(open);
        assertThat(locations).contains("http://localhost/postings");
    }

    @Test
    void robotsPointsToTheSitemapAndKeepsCrawlersOutOfAccounts() throws Exception {
        String robots = mvc.perform(get("/robots.txt"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(robots).contains("User-agent: *", "Sitemap: http://localhost/sitemap.xml", "Disallow: /employer/");
    }

    @Test
    void browseShowsFacetCountsThatAddUpAndAFeedLink() throws Exception {
        Document page = Html.parse(mvc.perform(get("/postings?mode=REMOTE"))
                .andExpect(status().isOk())
                .andReturn());
        long open = jdbc.sql("select count(*) from postings where status = 'OPEN'"
                        + " and application_deadline >= current_date and work_mode = 'REMOTE'")
                .query(Long.class)
                .single();

        List<String> facets = page.select(".facet-list dd a").eachText();
        long categorySum = page.select(".facet-list dd a[href*=category=]").eachText().stream()
                .mapToLong(text -> Long.parseLong(text.replaceAll(".*\\((\\d+)\\)$", "$1")))
                .sum();
        assertThat(facets).contains("Remote (" + open + ")");
        assertThat(categorySum).isEqualTo(open);
        assertThat(page.select("a[type=application/atom+xml]").attr("href")).isEqualTo("/postings/feed?mode=REMOTE");
    }

    @Test
    void nonsenseAndOverlongSearchesGetAHelpfulPageNotAnError() throws Exception {
        Document nonsense = Html.parse(mvc.perform(get("/postings?q=xqzzvkw"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(nonsense.select(".empty").text()).contains("No postings match", "analy");
        assertThat(nonsense.select(".empty a[href=/postings]")).hasSize(1);

        Document punctuation = Html.parse(mvc.perform(get("/postings").param("q", "!!! :*"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(punctuation.select("[role=status]").text()).contains("no letters or digits");
        assertThat(punctuation.select(".posting-card")).isNotEmpty();

        String longText = "data ".repeat(2000);
        Document overlong =
                Html.parse(mvc.perform(get("/postings").param("q", longText).param("skills", longText))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(overlong.select("#q").val()).hasSizeLessThanOrEqualTo(200);
    }

    @Test
    void theCountryPickerOffersTheCountriesWithPostingsAndKeepsTheChosenOne() throws Exception {
        figures.count();
        Document page = Html.parse(mvc.perform(get("/postings?country=gb"))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.select("#country option[selected]").val()).isEqualTo("GB");
        assertThat(page.select("#country option[selected]").text()).isEqualTo("United Kingdom");
        List<String> offered = page.select("#country option").eachAttr("value");
        List<String> withPostings = jdbc.sql("select distinct country from postings where status = 'OPEN'"
                        + " and application_deadline >= current_date")
                .query(String.class)
                .list();
        assertThat(offered.subList(1, offered.size())).containsAll(withPostings).contains("GB");
        assertThat(offered).hasSizeLessThan(50);
        assertThat(offered.get(1)).as("the markets Stint serves first").isEqualTo("US");

        Document antarctica =
                Html.parse(mvc.perform(get("/postings?country=AQ")).andReturn());
        assertThat(antarctica.select("#country option[selected]").val())
                .as("a country without postings, chosen in a link, stays chosen")
                .isEqualTo("AQ");
    }
}
