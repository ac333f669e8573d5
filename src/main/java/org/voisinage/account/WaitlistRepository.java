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

    /** People who joined per commune and month ("YYYY-MM" in the zone): town, postcode, month, people. */
    @Query(nativeQuery = true, value = """
            select town, postcode, to_char(created_at at time zone :zone, 'YYYY-MM') as month, count(*) as people
            from waitlist_entry where created_at >= :since and created_at < :until
            group by 1, 2, 3""")
    List<Object[]> joinedByTownAndMonth(@org.springframework.data.repository.query.Param("since") java.time.Instant since,
            @org.springframework.data.repository.query.Param("until") java.time.Instant until,
            @org.springframework.data.repository.query.Param("zone") String zone);
}
