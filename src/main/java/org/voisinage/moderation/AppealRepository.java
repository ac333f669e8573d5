package org.voisinage.moderation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppealRepository extends JpaRepository<Appeal, Long> {

    @Query("""
            select a from Appeal a where a.status = org.voisinage.moderation.AppealStatus.OPEN
              and (:all = true or a.neighbourhoodId in :neighbourhoods)
            order by a.createdAt""")
    List<Appeal> open(boolean all, Collection<Long> neighbourhoods);
}
