package org.voisinage.request;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RequestEntryRepository extends JpaRepository<RequestEntry, Long> {

    List<RequestEntry> findByRequestIdOrderByIdAsc(long requestId);
}
