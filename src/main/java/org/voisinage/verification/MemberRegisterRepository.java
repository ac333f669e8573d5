package org.voisinage.verification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberRegisterRepository extends JpaRepository<MemberRegisterEntry, String> {

    List<MemberRegisterEntry> findByMemberNumberIn(Collection<String> memberNumbers);

    Page<MemberRegisterEntry> findAllByOrderByMemberNumberAsc(Pageable pageable);
}
