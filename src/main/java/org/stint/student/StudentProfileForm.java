package org.stint.student;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a student edits on their profile. Skills arrive as one comma-separated field; the limits on
 * their number and length are checked by {@link StudentProfileFormValidator}.
 */
record StudentProfileForm(
        @Size(max = 200) String programme,

        @NotBlank @Pattern(regexp = "^\\s*20[0-4][0-9]\\s*$")
        String graduationYear,

        @Size(max = 2000) String skills,
        @Size(max = 2000) String bio,
        @Size(max = 1000) String links,
        Boolean portfolioPublic,

        @Pattern(regexp = "^\\s*$|^\\s*([1-9]|[1-5][0-9]|60)\\s*$")
        String weeklyHourCap) {

    static final int MAX_SKILLS = 20;

    static final int MAX_SKILL_LENGTH = 40;

    /** The skills, trimmed, without empty entries and without repeats (ignoring case). */
    List<String> skillList() {
        if (skills == null) {
            return List.of();
        }
        Map<String, String> unique = new LinkedHashMap<>();
        for (String skill : skills.split(",")) {
            String trimmed = skill.strip();
            if (!trimmed.isEmpty()) {
                unique.putIfAbsent(trimmed.toLowerCase(Locale.ROOT), trimmed);
            }
        }
        return new ArrayList<>(unique.values());
    }

    /** Unticked boxes send nothing (or only Spring's field marker): not public. */
    boolean portfolioPublicValue() {
        return Boolean.TRUE.equals(portfolioPublic);
    }

    Short graduationYearValue() {
        return Short.valueOf(graduationYear.strip());
    }

    /** The cap on hours a week across running engagements; empty means none. */
    Short weeklyHourCapValue() {
        return weeklyHourCap == null || weeklyHourCap.isBlank() ? null : Short.valueOf(weeklyHourCap.strip());
    }

    static String joinSkills(List<String> skills) {
        return String.join(", ", skills);
    }
}
