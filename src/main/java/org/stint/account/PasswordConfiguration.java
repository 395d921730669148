package org.stint.account;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    /**
     * New passwords are hashed with bcrypt at {@code stint.security.bcrypt-strength} (log2 of its
     * rounds; Spring Security's 10 unless set), with the {id} prefix so that hashes can move to a
     * stronger scheme later. A stored hash carries its own strength, so changing it never locks
     * anyone out; other schemes are checked as Spring Security's defaults check them.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${stint.security.bcrypt-strength:10}") int strength) {
        DelegatingPasswordEncoder encoder =
                new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
        encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return encoder;
    }
}
