package org.voisinage.account;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WaitlistRepository extends JpaRepository<WaitlistEntry, Long> {

    boolean existsByEmailAndAddressId(String email, String addressId);

    Page<WaitlistEntry> findAllByOrderByCreatedAtDesc(Pageable pageable);

    @Query("""
            select new org.voisinage.account.WaitlistDemand(w.town, w.postcode, count(w), max(w.createdAt))
            from WaitlistEntry w group by w.town, w.postcode order by count(w) desc, w.town""")
    List<WaitlistDemand> demandByTownAndPostcode();
}
