package org.voisinage.following;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FollowerRepository extends JpaRepository<Follower, Long> {

    Optional<Follower> findByResidentId(long residentId);

    @Query("select f from Follower f where f.residentId is null and lower(f.email) = lower(:email)")
    Optional<Follower> findEmailFollower(@Param("email") String email);
}
