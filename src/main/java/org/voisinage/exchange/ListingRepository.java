package org.voisinage.exchange;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ListingRepository extends JpaRepository<Listing, Long> {

    /** The read API's batches, in id order (issue 16). */
    java.util.List<Listing> findByIdGreaterThanOrderByIdAsc(Long id, org.springframework.data.domain.Limit limit);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from Listing l where l.id = :id")
    Optional<Listing> lock(long id);

    Page<Listing> findByAuthorIdOrderByCreatedAtDescIdDesc(long authorId, Pageable pageable);

    @Query("""
            select l from Listing l where l.authorId = :authorId and l.hidden.hiddenAt is null and l.expiredAt is null
            and l.expiresOn >= :today order by l.createdAt desc, l.id desc""")
    List<Listing> findActiveOf(long authorId, LocalDate today);

    /** An author's listings not closed yet, or lent (a loan outlives its listing's dates). */
    @Query("""
            select l from Listing l where l.authorId = :authorId and (l.expiredAt is null or exists (
                select b from ListingBooking b where b.listingId = l.id and b.returnedAt is null
                and b.status = org.voisinage.exchange.BookingStatus.ACCEPTED))""")
    List<Listing> findOpenOrLentOf(long authorId);

    /** The first photo of each listing: the thumbnails of a page of cards in one statement. */
    @Query(value = "select listing_id, file_name from listing_photo where position = 0 and listing_id in (:ids)",
            nativeQuery = true)
    List<Object[]> findFirstPhotos(Collection<Long> ids);

    @Query(value = "select listing_id from listing_photo where file_name = :name", nativeQuery = true)
    Optional<Long> findIdByPhoto(String name);

    /** Live listings expiring on or before this date whose author was not told of this expiry yet. */
    @Query("""
            select l.id from Listing l where l.expiredAt is null and l.hidden.hiddenAt is null and l.expiresOn <= :until
            and l.expiresOn >= :today and (l.expiryNoticeFor is null or l.expiryNoticeFor <> l.expiresOn)""")
    List<Long> findExpiringUnnoticed(LocalDate today, LocalDate until);

    @Query("select l.id from Listing l where l.expiredAt is null and l.expiresOn < :today")
    List<Long> findOverdue(LocalDate today);
}
