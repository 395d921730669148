package org.stint.student;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stint.account.AccountService;
import org.stint.account.EmailAddresses;
import org.stint.account.NewAccount;
import org.stint.account.Role;
import org.stint.university.UniversityRef;
import org.stint.university.UniversityService;

@Service
@Transactional(readOnly = true)
public class StudentService {

    private final StudentRepository students;

    private final AccountService accounts;

    private final UniversityService universities;

    StudentService(StudentRepository students, AccountService accounts, UniversityService universities) {
        this.students = students;
        this.accounts = accounts;
        this.universities = universities;
    }

    /** The university a student belongs to, if the user is a student. */
    public Optional<Long> universityOf(long userId) {
        return students.findById(userId).map(Student::getUniversityId);
    }

    /**
     * Opens a student account; the e-mail's domain decides the university.
     *
     * @throws UnknownUniversityException when no university uses that domain (nothing is saved)
     */
    @Transactional
    UniversityRef signUp(StudentSignupForm form) {
        UniversityRef university = universities
                .findByEmail(form.email())
                .orElseThrow(() -> new UnknownUniversityException(EmailAddresses.domainOf(form.email())));
        long userId = accounts.register(new NewAccount(form.email(), form.password(), form.name(), Role.STUDENT));
        String programme = form.programme() == null || form.programme().isBlank()
                ? null
                : form.programme().strip();
        students.save(new Student(userId, university.id(), programme, form.graduationYearValue()));
        return university;
    }
}
