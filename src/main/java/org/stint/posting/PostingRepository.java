package org.stint.posting;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PostingRepository extends JpaRepository<Posting, Long> {

    /** The posting with its row locked until the transaction ends: hires on it queue up here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Posting p where p.id = :id")
    Optional<Posting> findForUpdate(long id);

    /** A published posting (open or closed) that no administrator has hidden. */
    @Query("select p from Posting p where p.id = :id and p.status <> org.stint.posting.PostingStatus.DRAFT"
            + " and p.hiddenAt is null")
    Optional<Posting> findPublished(long id);

    @Query(
            value =
                    "select count(*) from applications where posting_id = :postingId and status in ('HIRED', 'COMPLETED')",
            nativeQuery = true)
    long countHired(long postingId);

    @Modifying
    @Query(value = """
            update postings set status = 'CLOSED', closed_reason = 'EXPIRED', closed_at = now(), updated_at = now()
            where status = 'OPEN' and application_deadline < :today
            """, nativeQuery = true)
    int closeExpired(LocalDate today);
}
