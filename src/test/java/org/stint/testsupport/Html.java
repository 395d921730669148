package org.stint.testsupport;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.MvcResult;

/** Parses rendered pages so tests assert on elements, not on substrings. */
public final class Html {

    private Html() {}

    public static String raw(MvcResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Document parse(MvcResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString());
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
