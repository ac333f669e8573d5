package org.voisinage.verification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MemberRegisterRepository extends JpaRepository<MemberRegisterEntry, String> {

    List<MemberRegisterEntry> findByMemberNumberIn(Collection<String> memberNumbers);

    Page<MemberRegisterEntry> findAllByOrderByMemberNumberAsc(Pageable pageable);

    /** Members who left and were not kept, their residents still verified, oldest departure first. */
    @Query("""
            select e from MemberRegisterEntry e where e.leftAt is not null and e.keptAt is null
            and e.withdrawnAt is null order by e.leftAt, e.memberNumber""")
    List<MemberRegisterEntry> findLeaversInGrace();

    /** The same, whose grace period ended before {@code cutoff}. */
    @Query("""
            select e from MemberRegisterEntry e where e.leftAt < :cutoff and e.keptAt is null
            and e.withdrawnAt is null order by e.leftAt""")
    List<MemberRegisterEntry> findLeaversPast(java.time.Instant cutoff);

    /** Addresses where the register lists members in several flats, with how many flats (dwelling_key: V180). */
    @Query(value = """
            select address_id as addressId, count(distinct dwelling_key(flat)) as dwellings from member_register_entry
            where flat is not null group by address_id having count(distinct dwelling_key(flat)) > 1""",
            nativeQuery = true)
    List<AddressDwellings> addressesWithSeveralFlats();

    /** An address and how many dwellings the register shows behind it. */
    interface AddressDwellings {
        String getAddressId();
        int getDwellings();
    }
}
