package org.stint.university;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UniversityRepository extends JpaRepository<University, Long> {

    @Query("select u from University u join u.domains d where d = :domain")
    Optional<University> findByDomain(String domain);

    @Query(value = """
            select u.* from universities u
            join university_staff s on s.university_id = u.id
            where s.user_id = :userId
            """, nativeQuery = true)
    Optional<University> findByStaffMember(long userId);

    @Query(
            value = "select user_id from university_staff where university_id = :universityId order by user_id",
            nativeQuery = true)
    List<Long> findStaffUserIds(long universityId);

    boolean existsByNameIgnoreCase(String name);
}
