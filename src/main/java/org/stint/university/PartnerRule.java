package org.stint.university;

/**
 * The partner-only rule's SQL, written once: a company is a vetted partner of a university when
 * their partnership is approved. Posting queries reach it through {@code posting.PostingVisibility};
 * recommendations use it directly.
 */
public final class PartnerRule {

    private PartnerRule() {}

    /** A SQL condition; both arguments are SQL expressions (a column or a named parameter). */
    public static String approvedPartner(String companyIdSql, String universityIdSql) {
        return "exists (select 1 from partnerships pa where pa.company_id = " + companyIdSql
                + " and pa.university_id = " + universityIdSql + " and pa.status = 'APPROVED')";
    }
}
