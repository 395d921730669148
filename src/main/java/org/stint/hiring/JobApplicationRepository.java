package org.stint.hiring;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface JobApplicationRepository extends JpaRepository<JobApplication, Long> {

    @Query(value = "select posting_id from applications where id = :id", nativeQuery = true)
    Optional<Long> findPostingId(long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from JobApplication a where a.id = :id")
    Optional<JobApplication> findForUpdate(long id);

    @Query(
            value =
                    "select count(*) from applications where posting_id = :postingId and status in ('HIRED', 'COMPLETED')",
            nativeQuery = true)
    long countHired(long postingId);

    @Query("select a from JobApplication a where a.postingId = :postingId and a.status in :statuses")
    List<JobApplication> findByPostingAndStatusIn(long postingId, List<ApplicationStatus> statuses);

    @Query(
            value = "select id from applications where posting_id = :postingId and student_id = :studentId",
            nativeQuery = true)
    Optional<Long> findIdByPostingAndStudent(long postingId, long studentId);
}
