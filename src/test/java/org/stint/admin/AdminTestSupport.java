package org.stint.admin;

import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stint.system.demo.DemoData;
import org.stint.testsupport.AppTestSupport;

/** Administrator pages through the whole application, as the demo administrator or another user. */
abstract class AdminTestSupport extends AppTestSupport {

    RequestPostProcessor admin() {
        return as(DemoData.DEMO_ADMIN);
    }
}
