package org.voisinage.following;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FollowRepository extends JpaRepository<Follow, Long> {

    @Query("select w from Follow w where w.followerId = :followerId and w.topicType = :type and w.topicId = :id")
    Optional<Follow> find(@Param("followerId") long followerId, @Param("type") String type, @Param("id") long id);

    /** A resident's follow of a topic, with their follower row, in one statement (pages show the follow button). */
    @Query("""
            select w from Follow w, Follower f
            where f.id = w.followerId and f.residentId = :residentId and w.topicType = :type and w.topicId = :id""")
    Optional<Follow> findOfResident(@Param("residentId") long residentId, @Param("type") String type,
            @Param("id") long id);

    List<Follow> findByFollowerIdOrderByIdDesc(long followerId);

    @Query("""
            select f.residentId from Follow w, Follower f
            where f.id = w.followerId and f.residentId is not null
              and w.topicType = :type and w.topicId = :id and w.frequency <> org.voisinage.following.Frequency.OFF
            order by f.residentId""")
    List<Long> followingResidents(@Param("type") String type, @Param("id") long id);

    @Modifying
    @Query("update Follow w set w.frequency = org.voisinage.following.Frequency.OFF where w.followerId = :followerId")
    int turnAllOff(@Param("followerId") long followerId);
}
