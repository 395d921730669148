package org.stint.posting.search;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.stint.account.AccountPrincipal;
import org.stint.shared.Countries;

/** An Atom feed for any search: the browse page's filters, the newest matches first. */
@Controller
class PostingFeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

    private final PostingFeeds feeds;

    private final MessageSource messages;

    PostingFeedController(PostingFeeds feeds, MessageSource messages) {
        this.feeds = feeds;
        this.messages = messages;
    }

    @GetMapping("/postings/feed")
    ResponseEntity<String> feed(
            @RequestParam MultiValueMap<String, String> query, @AuthenticationPrincipal AccountPrincipal user)
            throws XMLStreamException {
        PostingFilter normalized = PostingFilter.fromQuery(query).normalized();
        List<PostingCard> entries = feeds.feed(normalized, AccountPrincipal.studentId(user));
        String base =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        Locale locale = Locale.ENGLISH;

        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM_NS);
        element(xml, "id", base + normalized.feedLink());
        element(
                xml,
                "title",
                normalized.hasKeywords()
                        ? messages.getMessage("posting.feed.titleFor", new Object[] {normalized.q()}, locale)
                        : messages.getMessage("posting.feed.title", null, locale));
        Instant updated = entries.stream()
                .map(PostingCard::publishedAt)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        element(xml, "updated", time(updated));
        link(xml, "self", base + normalized.feedLink(), "application/atom+xml");
        link(xml, "alternate", base + normalized.pageLink(1), "text/html");
        for (PostingCard p : entries) {
            String url = base + "/postings/" + p.id();
            xml.writeStartElement("entry");
            element(xml, "id", url);
            element(xml, "title", p.title());
            element(xml, "updated", time(p.publishedAt()));
            element(xml, "published", time(p.publishedAt()));
            xml.writeStartElement("author");
            element(xml, "name", p.companyName());
            xml.writeEndElement();
            link(xml, "alternate", url, "text/html");
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", p.category().name());
            element(
                    xml,
                    "summary",
                    messages.getMessage(
                            "posting.feed.summary",
                            new Object[] {
                                p.companyName(),
                                messages.getMessage("workMode." + p.workMode(), null, locale),
                                p.city() == null ? Countries.name(p.country()) : p.city(),
                                p.hoursPerWeek(),
                                p.durationWeeks(),
                                messages.getMessage(
                                        "pay." + p.pay().type(),
                                        new Object[] {p.pay().amount().formatted()},
                                        locale),
                                p.applicationDeadline().toString()
                            },
                            locale));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(ATOM).body(out.toString());
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.atOffset(ZoneOffset.UTC));
    }
}
