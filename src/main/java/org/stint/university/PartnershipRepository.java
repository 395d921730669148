package org.stint.university;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PartnershipRepository extends JpaRepository<Partnership, Long> {

    /** The row to decide on, locked so two staff members cannot decide at once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Partnership p where p.id = :id and p.universityId = :universityId")
    Optional<Partnership> findForDecision(long id, long universityId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Partnership> findByUniversityIdAndCompanyId(long universityId, long companyId);
}
