package org.stint.company;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CompanyMemberRepository extends JpaRepository<CompanyMember, Long> {

    @Query("select c from Company c where c.id = (select m.companyId from CompanyMember m where m.userId = :userId)")
    Optional<Company> findCompanyOfMember(long userId);

    @Query("select m.companyId from CompanyMember m where m.userId = :userId")
    Optional<Long> findCompanyIdOfMember(long userId);

    @Query("select m.userId from CompanyMember m where m.companyId = :companyId")
    List<Long> findMemberIds(long companyId);
}
