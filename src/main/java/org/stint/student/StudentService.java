package org.stint.student;

import java.time.Clock;
import java.time.Instant;
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

    private final StudentCvs cvs;

    private final AccountService accounts;

    private final UniversityService universities;

    private final Clock clock;

    StudentService(
            StudentRepository students,
            StudentCvs cvs,
            AccountService accounts,
            UniversityService universities,
            Clock clock) {
        this.students = students;
        this.cvs = cvs;
        this.accounts = accounts;
        this.universities = universities;
        this.clock = clock;
    }

    /** The university a student belongs to, if the user is a student. */
    public Optional<Long> universityOf(long userId) {
        return students.findById(userId).map(Student::getUniversityId);
    }

    /**
     * The student's CV with its content, for the student and for members of a company the student
     * applied to (hiring checks that before calling).
     */
    public Optional<StudentCv> cvOf(long studentId) {
        return cvs.find(studentId);
    }

    public boolean hasCv(long studentId) {
        return cvs.exists(studentId);
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
        students.save(new Student(userId, university.id(), blankToNull(form.programme()), form.graduationYearValue()));
        return university;
    }

    /** The profile as the edit form shows it. */
    StudentProfileForm profileForm(long studentId) {
        Student student = student(studentId);
        return new StudentProfileForm(
                student.getProgramme() == null ? "" : student.getProgramme(),
                student.getGraduationYear() == null
                        ? ""
                        : student.getGraduationYear().toString(),
                StudentProfileForm.joinSkills(student.getSkills()),
                student.getBio() == null ? "" : student.getBio(),
                student.getLinks() == null ? "" : student.getLinks(),
                student.isPortfolioPublic(),
                student.getWeeklyHourCap() == null
                        ? ""
                        : student.getWeeklyHourCap().toString());
    }

    ProfileView profileView(long studentId) {
        Student student = student(studentId);
        return new ProfileView(
                student.getPublicId(),
                student.isPortfolioPublic(),
                cvs.summary(studentId).orElse(null));
    }

    @Transactional
    void updateProfile(long studentId, StudentProfileForm form) {
        student(studentId)
                .updateProfile(
                        blankToNull(form.programme()),
                        form.graduationYearValue(),
                        form.skillList(),
                        blankToNull(form.bio()),
                        blankToNull(form.links()),
                        form.portfolioPublicValue(),
                        form.weeklyHourCapValue());
    }

    /**
     * Keeps the file as the student's CV, replacing any earlier one.
     *
     * @throws CvRejectedException when it is empty, larger than 5 MB or not a PDF (nothing is saved)
     */
    @Transactional
    void uploadCv(long studentId, String originalFileName, byte[] content) {
        CvFiles.check(content);
        student(studentId);
        cvs.save(studentId, CvFiles.safeName(originalFileName), content, Instant.now(clock));
    }

    private Student student(long studentId) {
        return students.findById(studentId).orElseThrow(() -> new StudentNotFoundException(studentId));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
