package org.stint.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import nu.validator.client.EmbeddedValidator;

/** The Nu Html Checker (the engine behind validator.w3.org/nu), run in-process on rendered pages. */
public final class HtmlValidator {

    private static final EmbeddedValidator VALIDATOR = new EmbeddedValidator();

    static {
        VALIDATOR.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
    }

    private HtmlValidator() {}

    /** Fails with the checker's error messages when the page is not valid HTML. */
    public static synchronized void assertValid(String html, String url) {
        String report;
        try {
            report = VALIDATOR.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException("The HTML checker failed on " + url, e);
        }
        List<String> errors = Arrays.stream(report.split("\\R"))
                .filter(line -> line.contains("error:"))
                .toList();
        assertThat(errors).as("HTML errors on %s", url).isEmpty();
    }
}
