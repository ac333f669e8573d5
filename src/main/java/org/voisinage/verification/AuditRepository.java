package org.voisinage.verification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditRepository extends JpaRepository<AuditEntry, Long> {

    Page<AuditEntry> findByMethod(VerificationMethod method, Pageable pageable);

    List<AuditEntry> findByResidentIdOrderByCreatedAtDesc(long residentId);

    List<AuditEntry> findByResidentIdInOrderByCreatedAtDesc(Collection<Long> residentIds);
}
