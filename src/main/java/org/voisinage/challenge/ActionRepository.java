package org.voisinage.challenge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionRepository extends JpaRepository<Action, Long> {

    /** The read API's batches of the catalogue, in id order (issue 16). */
    List<Action> findByStatusAndIdGreaterThanOrderByIdAsc(ActionStatus status, long id,
            org.springframework.data.domain.Limit limit);

    List<Action> findByStatusOrderByTitleAsc(ActionStatus status);

    List<Action> findByStatusOrderByCreatedAtAsc(ActionStatus status);
}
