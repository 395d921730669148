package org.stint.university;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stint.account.AccountService;
import org.stint.account.EmailAddresses;
import org.stint.account.NewAccount;
import org.stint.account.Role;

/**
 * Career-office staff invite colleagues by e-mail (an administrator the first staff member). The
 * address must use one of the university's domains; the invitation link opens a sign-up form.
 */
@Service
@Transactional(readOnly = true)
public class StaffInvitations {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    private final UniversityService universities;

    private final AccountService accounts;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    StaffInvitations(
            JdbcClient jdbc,
            UniversityService universities,
            AccountService accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.universities = universities;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** A staff member invites a colleague to their own university. */
    @Transactional
    StaffInvitation invite(long staffUserId, String email) {
        University university = universities.staffUniversity(staffUserId);
        return invite(university.getId(), university.getName(), email, staffUserId);
    }

    /**
     * Invites someone to a university's career office (inviting again renews the link).
     *
     * @throws InvitationException when the domain is not the university's or the address has an account
     */
    @Transactional
    public StaffInvitation invite(long universityId, String universityName, String email, long invitedBy) {
        String address = EmailAddresses.normalize(email);
        boolean ownDomain = universities
                .findByEmail(address)
                .filter(u -> u.id() == universityId)
                .isPresent();
        if (!ownDomain) {
            throw new InvitationException("university.staff.error.domain");
        }
        boolean hasAccount = jdbc.sql("select exists (select 1 from users where email = :email)")
                .param("email", address)
                .query(Boolean.class)
                .single();
        if (hasAccount) {
            throw new InvitationException("university.staff.error.hasAccount");
        }
        String token = newToken();
        StaffInvitation invitation = jdbc.sql("""
                        insert into staff_invitations (university_id, email, token, invited_by, created_at)
                        values (:university, :email, :token, :by, :now)
                        on conflict (university_id, email)
                        do update set token = excluded.token, invited_by = excluded.invited_by,
                                      created_at = excluded.created_at
                        returning id, email, token, created_at, accepted_at
                        """)
                .param("university", universityId)
                .param("email", address)
                .param("token", token)
                .param("by", invitedBy)
                .param("now", Timestamp.from(Instant.now(clock)))
                .query(StaffInvitations::row)
                .single();
        events.publishEvent(
                new StaffInvited(invitation.id(), universityId, universityName, address, invitation.token()));
        return invitation;
    }

    /** The staff member's university's invitations, newest first. */
    /** The university's invitations, newest first. */
    List<StaffInvitation> ofUniversity(long university) {
        return jdbc.sql("""
                        select id, email, token, created_at, accepted_at from staff_invitations
                        where university_id = :university order by created_at desc, id desc
                        """)
                .param("university", university)
                .query(StaffInvitations::row)
                .list();
    }

    /** The university's career-office staff: name, e-mail. */
    List<String[]> colleagues(long university) {
        return jdbc.sql("""
                        select u.display_name, u.email from university_staff s join users u on u.id = s.user_id
                        where s.university_id = :university order by u.display_name
                        """)
                .param("university", university)
                .query((rs, row) -> new String[] {rs.getString("display_name"), rs.getString("email")})
                .list();
    }

    /** A pending invitation by its token, with the university's name. */
    Optional<PendingInvitation> pending(String token) {
        return jdbc.sql("""
                        select i.id, i.email, i.university_id, u.name from staff_invitations i
                        join universities u on u.id = i.university_id
                        where i.token = :token and i.accepted_at is null
                        """)
                .param("token", token)
                .query((rs, row) -> new PendingInvitation(
                        rs.getLong("id"), rs.getString("email"), rs.getLong("university_id"), rs.getString("name")))
                .optional();
    }

    record PendingInvitation(long id, String email, long universityId, String universityName) {}

    /**
     * Opens the invited person's staff account and joins them to the university.
     *
     * @return the new account's e-mail address
     * @throws InvitationException when the link is unknown or already used
     */
    @Transactional
    String accept(String token, String displayName, String password) {
        PendingInvitation invitation = jdbc.sql("""
                        select i.id, i.email, i.university_id, u.name from staff_invitations i
                        join universities u on u.id = i.university_id
                        where i.token = :token and i.accepted_at is null for update of i
                        """)
                .param("token", token)
                .query((rs, row) -> new PendingInvitation(
                        rs.getLong("id"), rs.getString("email"), rs.getLong("university_id"), rs.getString("name")))
                .optional()
                .orElseThrow(() -> new InvitationException("university.join.error.used"));
        // the invitation link was e-mailed to this address, so following it proves the address
        long userId = accounts.register(
                new NewAccount(invitation.email(), password, displayName, Role.UNIVERSITY_STAFF, true));
        jdbc.sql("insert into university_staff (user_id, university_id, job_title) values (:user, :university, null)")
                .param("user", userId)
                .param("university", invitation.universityId())
                .update();
        jdbc.sql("update staff_invitations set accepted_at = :now where id = :id")
                .param("now", Timestamp.from(Instant.now(clock)))
                .param("id", invitation.id())
                .update();
        return invitation.email();
    }

    private static StaffInvitation row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp accepted = rs.getTimestamp("accepted_at");
        return new StaffInvitation(
                rs.getLong("id"),
                rs.getString("email"),
                rs.getString("token"),
                rs.getTimestamp("created_at").toInstant(),
                accepted == null ? null : accepted.toInstant());
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
