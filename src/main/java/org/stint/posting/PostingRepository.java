package org.stint.posting;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface PostingRepository extends JpaRepository<Posting, Long> {

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

    /** Open postings whose deadline has passed, each row locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Posting p where p.status = org.stint.posting.PostingStatus.OPEN"
            + " and p.applicationDeadline < :today")
    List<Posting> findExpiredForUpdate(LocalDate today);
}
