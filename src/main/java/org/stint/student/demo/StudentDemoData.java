package org.stint.student.demo;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stint.account.demo.AccountDemoData;

/**
 * Demo students and their profiles. Sign-up through the student services would stamp the
 * current time and ask for e-mail verification, so this writes the student module's own
 * {@code students} table directly; each student's account comes from {@link AccountDemoData}.
 */
@Component
public class StudentDemoData {

    /** A demo student; the university follows from the e-mail address's domain. */
    public record Student(String email, String name, String programme, short graduationYear) {}

    public static final List<Student> STUDENTS = List.of(
            new Student("maya.chen@northbridge.edu", "Maya Chen", "BSc Computer Science", (short) 2027),
            new Student("daniel.ortiz@northbridge.edu", "Daniel Ortiz", "BA Economics", (short) 2026),
            new Student("aisha.khan@northbridge.edu", "Aisha Khan", "BSc Data Science", (short) 2028),
            new Student("liam.foster@northbridge.edu", "Liam Foster", "BFA Graphic Design", (short) 2027),
            new Student("sofia.rossi@lakeshore.edu", "Sofia Rossi", "BEng Mechanical Engineering", (short) 2026),
            new Student("noah.kim@lakeshore.edu", "Noah Kim", "BSc Software Engineering", (short) 2027),
            new Student("emma.hughes@eastmoor.ac.uk", "Emma Hughes", "BA English Literature", (short) 2026),
            new Student("oliver.grant@eastmoor.ac.uk", "Oliver Grant", "BSc Accounting and Finance", (short) 2027),
            new Student("chloe.evans@eastmoor.ac.uk", "Chloe Evans", "BSc Psychology", (short) 2028),
            new Student("ananya.sharma@dit.ac.in", "Ananya Sharma", "BTech Computer Science", (short) 2027),
            new Student("rohan.gupta@dit.ac.in", "Rohan Gupta", "BTech Electrical Engineering", (short) 2026),
            new Student("meera.nair@dit.ac.in", "Meera Nair", "MBA Marketing", (short) 2026));

    private final JdbcClient jdbc;

    private final AccountDemoData accounts;

    StudentDemoData(JdbcClient jdbc, AccountDemoData accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** The student's account (created at {@code created}) and profile at {@code university}; the student's id. */
    public long seed(Student seed, long university, String skills, String hash, Instant created) {
        long student = accounts.user(seed.email(), hash, seed.name(), "STUDENT", created);
        jdbc.sql("""
                        insert into students (user_id, university_id, programme, graduation_year, skills, bio)
                        values (:user, :uni, :programme, :year, string_to_array(:skills, ','), :bio)
                        """)
                .param("user", student)
                .param("uni", university)
                .param("programme", seed.programme())
                .param("year", seed.graduationYear())
                .param("skills", skills)
                .param(
                        "bio",
                        "Studying " + seed.programme() + "; looking for short, paid projects alongside my course.")
                .update();
        return student;
    }

    /** The student set a cap of {@code hours} a week on their own work. */
    public void weeklyHourCap(long student, int hours) {
        jdbc.sql("update students set weekly_hour_cap = :hours where user_id = :student")
                .param("hours", hours)
                .param("student", student)
                .update();
    }
}
