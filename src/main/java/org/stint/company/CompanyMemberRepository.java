package org.stint.company;

import org.springframework.data.jpa.repository.JpaRepository;

interface CompanyMemberRepository extends JpaRepository<CompanyMember, Long> {}
