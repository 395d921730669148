package org.stint.alert;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SavedSearchRepository extends JpaRepository<SavedSearch, Long> {

    List<SavedSearch> findByStudentIdOrderByCreatedAtDesc(long studentId);

    long countByStudentId(long studentId);

    Optional<SavedSearch> findByUnsubscribeToken(String token);

    @Query("select s.id from SavedSearch s where s.active = true order by s.id")
    List<Long> findActiveIds();
}
