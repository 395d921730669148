package org.stint.system.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.stint.account.demo.AccountDemoData;
import org.stint.system.database.EmbeddedDatabaseMarker;

/**
 * Fills an empty database with a believable marketplace on the zero-set-up (embedded) path, or
 * wherever {@code stint.demo-data.enabled=true}. Never touches a database that has users.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final AccountDemoData accounts;

    private final DemoData demoData;

    private final boolean enabled;

    DemoDataLoader(
            AccountDemoData accounts,
            DemoData demoData,
            ObjectProvider<EmbeddedDatabaseMarker> embedded,
            @Value("${stint.demo-data.enabled:}") String enabled) {
        this.accounts = accounts;
        this.demoData = demoData;
        this.enabled = enabled.isBlank() ? embedded.getIfAvailable() != null : Boolean.parseBoolean(enabled);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        long users = accounts.accounts();
        if (users > 0) {
            log.info("Demo data: the database already has {} users; leaving it as it is", users);
            return;
        }
        DemoData.Summary summary = demoData.load();
        log.info(
                "Demo data loaded: {}. Sign in with any of {} (password '{}')",
                summary,
                DemoData.DEMO_LOGINS,
                DemoData.DEMO_PASSWORD);
    }
}
