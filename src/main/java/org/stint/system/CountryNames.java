package org.stint.system;

import java.util.List;
import org.springframework.stereotype.Component;
import org.stint.shared.Countries;

/** Countries for templates: {@code ${@countries.name(code)}}, {@code ${@countries.all()}}. */
@Component("countries")
public class CountryNames {

    public String name(String code) {
        return Countries.name(code);
    }

    /** Every country for a picker, the markets Stint serves first. */
    public List<Countries.Country> all() {
        return Countries.all();
    }
}
