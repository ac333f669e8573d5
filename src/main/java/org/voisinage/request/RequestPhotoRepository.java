package org.voisinage.request;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RequestPhotoRepository extends JpaRepository<RequestPhoto, Long> {

    List<RequestPhoto> findByRequestIdOrderByIdAsc(long requestId);

    Optional<RequestPhoto> findByRequestIdAndFileName(long requestId, String fileName);
}
