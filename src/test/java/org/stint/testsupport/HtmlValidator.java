package org.stint.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import nu.validator.xml.SystemErrErrorHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the engine behind validator.w3.org/nu), run in-process on rendered pages.
 * One checker serves every page: it reads the HTML schema once, where the library's one-off
 * {@code EmbeddedValidator} reads it again for each document.
 */
public final class HtmlValidator {

    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    /** The errors of the document being checked. */
    private static final List<String> ERRORS = new ArrayList<>();

    private static final SimpleDocumentValidator CHECKER = checker();

    private HtmlValidator() {}

    /** Fails with the checker's error messages when the page is not valid HTML. */
    public static synchronized void assertValid(String html, String url) {
        ERRORS.clear();
        try {
            CHECKER.checkHtmlInputSource(
                    new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new IllegalStateException("The HTML checker failed on " + url, e);
        }
        assertThat(List.copyOf(ERRORS)).as("HTML errors on %s", url).isEmpty();
    }

    private static SimpleDocumentValidator checker() {
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException warning) {}

            @Override
            public void error(SAXParseException error) {
                ERRORS.add(describe(error));
            }

            @Override
            public void fatalError(SAXParseException error) {
                ERRORS.add(describe(error));
            }
        };
        try {
            SimpleDocumentValidator checker = new SimpleDocumentValidator(true, false, true);
            checker.setUpMainSchema(SCHEMA, new SystemErrErrorHandler());
            checker.setUpValidatorAndParsers(collect, false, false);
            return checker;
        } catch (Exception e) {
            throw new IllegalStateException("The HTML checker could not start", e);
        }
    }

    private static String describe(SAXParseException error) {
        return error.getLineNumber() + ":" + error.getColumnNumber() + ": error: " + error.getMessage();
    }
}
