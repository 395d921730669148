package org.stint.system;

import org.springframework.stereotype.Component;
import org.stint.shared.Countries;

/** Country names for templates: {@code ${@countries.name(code)}}. */
@Component("countries")
public class CountryNames {

    public String name(String code) {
        return Countries.name(code);
    }
}
