package org.stint.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NoticeRepository extends JpaRepository<Notice, Long> {

    List<Notice> findByUserIdOrderByCreatedAtDescIdDesc(long userId, Limit limit);

    long countByUserIdAndReadAtIsNull(long userId);

    @Modifying
    @Query("update Notice n set n.readAt = :now where n.userId = :userId and n.readAt is null")
    int markAllRead(long userId, Instant now);

    @Modifying
    @Query("update Notice n set n.readAt = :now where n.userId = :userId and n.kind = :kind and n.link = :link"
            + " and n.readAt is null")
    int markRead(long userId, String kind, String link, Instant now);

    @Modifying
    @Query("update Notice n set n.readAt = :now where n.kind = :kind and n.link = :link and n.readAt is null")
    int markReadForAll(String kind, String link, Instant now);
}
