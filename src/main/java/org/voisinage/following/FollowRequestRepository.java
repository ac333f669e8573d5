package org.voisinage.following;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowRequestRepository extends JpaRepository<FollowRequest, Long> {

    Optional<FollowRequest> findByTokenHash(String tokenHash);
}
