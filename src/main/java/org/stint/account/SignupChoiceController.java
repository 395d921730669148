package org.stint.account;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** "Who are you?" before the student or employer sign-up forms. */
@Controller
class SignupChoiceController {

    @GetMapping("/signup")
    String choose() {
        return "account/signup";
    }
}
