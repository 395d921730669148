package org.stint.admin;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stint.system.demo.DemoData;
import org.stint.testsupport.AppTest;

/** Administrator pages through the whole application, as the demo administrator or another user. */
@AppTest
abstract class AdminTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    RequestPostProcessor admin() {
        return as(DemoData.DEMO_ADMIN);
    }
}
