package org.stint.system;

import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.stint.posting.search.PostingFeeds;

/** What crawlers ask for first: robots.txt and a sitemap of the public pages and open postings. */
@Controller
class SeoController {

    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final PostingFeeds feeds;

    SeoController(PostingFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
    ResponseEntity<String> robots() {
        String base = base();
        String body = """
                User-agent: *
                Allow: /
                Disallow: /applications
                Disallow: /employer/
                Disallow: /university
                Disallow: /admin
                Disallow: /dashboard
                Disallow: /login
                Disallow: /signup
                Disallow: /postings/feed

                Sitemap: %s/sitemap.xml
                """.formatted(base);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)))
                .body(body);
    }

    /** Up to 50,000 open postings, newest first (the protocol's limit for one file). */
    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() throws XMLStreamException {
        String base = base();
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(SITEMAP_NS);
        for (String page : new String[] {"/", "/postings", "/about"}) {
            xml.writeStartElement("url");
            element(xml, "loc", base + page);
            xml.writeEndElement();
        }
        for (PostingFeeds.SitemapEntry entry : feeds.openPostings()) {
            xml.writeStartElement("url");
            element(xml, "loc", base + "/postings/" + entry.id());
            element(
                    xml,
                    "lastmod",
                    DateTimeFormatter.ISO_LOCAL_DATE.format(entry.lastModified().atOffset(ZoneOffset.UTC)));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/xml;charset=UTF-8"))
                .body(out.toString());
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
