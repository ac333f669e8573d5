package org.voisinage.initiative;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface InitiativeUpdateRepository extends JpaRepository<InitiativeUpdate, Long> {

    List<InitiativeUpdate> findByInitiativeIdOrderByPostedAtDescIdDesc(long initiativeId);
}
