package org.stint.posting;

import org.springframework.data.jpa.repository.JpaRepository;

interface PostingRepository extends JpaRepository<Posting, Long> {}
