package org.stint.hiring;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PaymentDisputeRepository extends JpaRepository<PaymentDispute, Long> {

    boolean existsByApplicationId(long applicationId);

    Optional<PaymentDispute> findByApplicationId(long applicationId);
}
