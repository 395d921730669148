package org.stint.hiring;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Public pages: a student's portfolio (only if they opted in) and the verification of one engagement. */
@Controller
class PortfolioController {

    private final PortfolioQueries queries;

    PortfolioController(PortfolioQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/portfolio/{publicId}")
    String portfolio(@PathVariable String publicId, Model model) {
        model.addAttribute(
                "portfolio",
                parse(publicId)
                        .flatMap(queries::portfolio)
                        .orElseThrow(() -> new PortfolioNotFoundException("portfolio " + publicId)));
        return "hiring/portfolio";
    }

    @GetMapping("/verify/{code}")
    String verification(@PathVariable String code, Model model) {
        model.addAttribute(
                "verification",
                queries.verification(code).orElseThrow(() -> new PortfolioNotFoundException("verification " + code)));
        return "hiring/verification";
    }

    /** A malformed id is "not found", like an unknown one. */
    private static java.util.Optional<UUID> parse(String publicId) {
        try {
            return java.util.Optional.of(UUID.fromString(publicId));
        } catch (IllegalArgumentException malformed) {
            return java.util.Optional.empty();
        }
    }
}
