package org.voisinage.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResidentRepository extends JpaRepository<Resident, Long> {

    Optional<Resident> findByEmail(String email);

    boolean existsByEmail(String email);

    long countByNeighbourhoodIdAndStatus(Long neighbourhoodId, ResidentStatus status);

    List<Resident> findByNeighbourhoodIdAndStatusOrderByDisplayNameAsc(Long neighbourhoodId, ResidentStatus status);
}
