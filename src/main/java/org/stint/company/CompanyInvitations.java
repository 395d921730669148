package org.stint.company;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Colleagues invited by e-mail, and who an e-mail address belongs to. */
@Repository
class CompanyInvitations {

    /** Who has an address: their account, role and company (if any), in one query. */
    record Account(long userId, String role, Long companyId) {}

    private final JdbcClient jdbc;

    CompanyInvitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> accountWithEmail(String email) {
        return jdbc.sql("""
                        select u.id, u.role, m.company_id
                        from users u left join company_members m on m.user_id = u.id
                        where u.email = :email
                        """)
                .param("email", email)
                .query((rs, row) ->
                        new Account(rs.getLong("id"), rs.getString("role"), rs.getObject("company_id", Long.class)))
                .optional();
    }

    /** Adds the user to the company unless they already belong to one; true when they joined. */
    boolean join(long userId, long companyId) {
        return jdbc.sql("""
                        insert into company_members (user_id, company_id) values (:user, :company)
                        on conflict (user_id) do nothing
                        """).param("user", userId).param("company", companyId).update() == 1;
    }

    /** Keeps an invitation (once per company and address), accepted already when {@code accepted}. */
    void record(long companyId, String email, long invitedBy, boolean accepted) {
        jdbc.sql("""
                        insert into company_invitations (company_id, email, invited_by, accepted_at)
                        values (:company, :email, :by, case when :accepted then now() end)
                        on conflict (company_id, email) do update
                            set accepted_at = coalesce(company_invitations.accepted_at, excluded.accepted_at)
                        """)
                .param("company", companyId)
                .param("email", email)
                .param("by", invitedBy)
                .param("accepted", accepted)
                .update();
    }

    /** The company that first invited this address and still waits for it. */
    Optional<Long> pendingCompanyFor(String email) {
        return jdbc.sql("""
                        select company_id from company_invitations
                        where email = :email and accepted_at is null
                        order by created_at, id limit 1
                        """).param("email", email).query(Long.class).optional();
    }

    void accept(long companyId, String email) {
        jdbc.sql("update company_invitations set accepted_at = now() where company_id = :company and email = :email")
                .param("company", companyId)
                .param("email", email)
                .update();
    }

    List<CompanyMemberRow> members(long companyId) {
        return jdbc.sql("""
                        select u.display_name, u.email, m.joined_at
                        from company_members m join users u on u.id = m.user_id
                        where m.company_id = :company
                        order by m.joined_at, u.id
                        """)
                .param("company", companyId)
                .query((rs, row) -> new CompanyMemberRow(
                        rs.getString("display_name"),
                        rs.getString("email"),
                        rs.getObject("joined_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Invitations still waiting: not accepted, and nobody has signed up with the address since. */
    List<PendingInvitation> pending(long companyId) {
        return jdbc.sql("""
                        select i.email, i.created_at
                        from company_invitations i
                        where i.company_id = :company and i.accepted_at is null
                          and not exists (select 1 from users u where u.email = i.email)
                        order by i.created_at, i.id
                        """)
                .param("company", companyId)
                .query((rs, row) -> new PendingInvitation(
                        rs.getString("email"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
