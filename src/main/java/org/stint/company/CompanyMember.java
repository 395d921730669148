package org.stint.company;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "company_members")
class CompanyMember {

    @Id
    private Long userId;

    private Long companyId;

    private Instant joinedAt;

    protected CompanyMember() {}

    CompanyMember(long userId, long companyId) {
        this.userId = userId;
        this.companyId = companyId;
        this.joinedAt = Instant.now();
    }

    Long getCompanyId() {
        return companyId;
    }
}
