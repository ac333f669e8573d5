package org.voisinage.challenge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionRepository extends JpaRepository<Action, Long> {

    List<Action> findByStatusOrderByTitleAsc(ActionStatus status);

    List<Action> findByStatusOrderByCreatedAtAsc(ActionStatus status);
}
