package org.stint.testsupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.stint.account.SignInThrottle;
import org.stint.system.SecurityConfiguration;

/**
 * A {@code @WebMvcTest} of one controller with the real security configuration and templates. The
 * security configuration needs beyond the web slice a user store, sign-in throttling, passwords and
 * the database (for remembered sign-ins); they are mocks here, and the subclass mocks its service.
 */
@Import(SecurityConfiguration.class)
@TestPropertySource(properties = "stint.security.remember-me-key=web-slice-key")
@MockitoBean(types = {UserDetailsService.class, SignInThrottle.class, PasswordEncoder.class, JdbcClient.class})
public abstract class WebSliceTest {

    @Autowired
    protected MockMvc mvc;
}
