package org.stint.company;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CompanyRepository extends JpaRepository<Company, Long> {

    boolean existsBySlug(String slug);

    Optional<Company> findBySlug(String slug);
}
