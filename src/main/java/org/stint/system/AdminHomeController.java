package org.stint.system;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's landing page: who is on the platform. */
@Controller
class AdminHomeController {

    private final JdbcClient jdbc;

    AdminHomeController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/admin")
    String home(Model model) {
        Map<String, Long> usersByRole = new TreeMap<>();
        jdbc.sql("select role, count(*) as users from users group by role").query(rs -> {
            usersByRole.put(rs.getString("role"), rs.getLong("users"));
        });
        model.addAttribute("usersByRole", usersByRole);
        return "system/admin";
    }
}
