package org.voisinage.agenda;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FeedTokenRepository extends JpaRepository<FeedToken, Long> {

    Optional<FeedToken> findByToken(String token);
}
