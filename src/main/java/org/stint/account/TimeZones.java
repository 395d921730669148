package org.stint.account;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The time zone a user sees times in: their own choice, else their university's, else UTC. */
@Service
class TimeZones {

    /** The regions offered, in this order; other ids (Etc/GMT+5, US/Eastern, SystemV/…) are aliases. */
    private static final List<String> REGIONS =
            List.of("Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific");

    /** The choices, grouped by region and sorted within it: "Europe" → Europe/Amsterdam, … */
    static final Map<String, List<String>> CHOICES = choices();

    /** What the settings page shows: the user's own choice (null: none) and their university's. */
    record Setting(String chosen, String universityZone) {}

    private final JdbcClient jdbc;

    private final UserAccountRepository accounts;

    private final Clock clock;

    TimeZones(JdbcClient jdbc, UserAccountRepository accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Setting setting(long userId) {
        return jdbc.sql("""
                        select u.time_zone,
                               coalesce((select un.time_zone from students s
                                         join universities un on un.id = s.university_id where s.user_id = u.id),
                                        (select un.time_zone from university_staff st
                                         join universities un on un.id = st.university_id where st.user_id = u.id))
                                   as university_zone
                        from users u where u.id = :id
                        """)
                .param("id", userId)
                .query((rs, row) -> new Setting(rs.getString("time_zone"), rs.getString("university_zone")))
                .optional()
                .orElse(new Setting(null, null));
    }

    /**
     * Keeps the user's choice; blank means "follow my university's".
     *
     * @throws DateTimeException when {@code zone} is not one of the choices
     */
    @Transactional
    void choose(long userId, String zone) {
        String value = zone == null || zone.isBlank() ? null : zone.strip();
        if (value != null && !isChoice(value)) {
            throw new DateTimeException("Not a time zone we offer");
        }
        accounts.findById(userId).ifPresent(account -> account.chooseTimeZone(value, clock.instant()));
    }

    static boolean isChoice(String zone) {
        if (zone.equals("UTC")) {
            return true;
        }
        int slash = zone.indexOf('/');
        return slash > 0
                && CHOICES.getOrDefault(zone.substring(0, slash), List.of()).contains(zone);
    }

    private static Map<String, List<String>> choices() {
        Set<String> ids = ZoneId.getAvailableZoneIds();
        Map<String, List<String>> byRegion = new LinkedHashMap<>();
        for (String region : REGIONS) {
            List<String> zones = new ArrayList<>();
            for (String id : ids) {
                if (id.startsWith(region + "/")) {
                    zones.add(id);
                }
            }
            zones.sort(null);
            byRegion.put(region, List.copyOf(zones));
        }
        return byRegion;
    }
}
