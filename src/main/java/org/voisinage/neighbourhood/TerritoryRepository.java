package org.voisinage.neighbourhood;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TerritoryRepository extends JpaRepository<Territory, Long> {

    Optional<Territory> findBySlug(String slug);

    List<Territory> findAllByOrderByNameAsc();

    boolean existsBySlug(String slug);

    boolean existsBySlugAndIdNot(String slug, long id);
}
