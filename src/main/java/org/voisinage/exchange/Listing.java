package org.voisinage.exchange;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.voisinage.common.HiddenState;
import org.voisinage.common.Hideable;

/**
 * An offer or a request of one kind, in its author's neighbourhood (and, within a radius, its neighbours'), until
 * its expiry date. Kind-specific fields stay null for other kinds. Hidden by moderators, it leaves every page but
 * its author's.
 */
@Entity
@Table(name = "listing")
public class Listing implements Hideable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long authorId;
    private long neighbourhoodId;

    @Enumerated(EnumType.STRING)
    private ListingDirection direction;
    @Enumerated(EnumType.STRING)
    private ListingKind kind;
    @Enumerated(EnumType.STRING)
    private ListingCategory category;

    private String title;
    private String description;
    private String availability;
    private int radiusKm;
    private LocalDate expiresOn;
    private Instant createdAt;
    private Instant expiredAt;
    private LocalDate expiryNoticeFor;
    /** Whether moderators hide it, since when and why (its author is shown why). */
    @Embedded
    private HiddenState hidden = new HiddenState();

    private String rideFrom;
    private String rideTo;
    private Instant rideDeparture;
    private Integer rideSeats;
    private String rideWeekdays;

    @Enumerated(EnumType.STRING)
    private ObjectCondition lendCondition;
    private Integer lendDurationDays;
    private Instant ownerLeftAt;

    /** For rent: the price (site currency) per day or per use, an optional deposit. Shown only: no money moves. */
    private BigDecimal rentPrice;
    @Enumerated(EnumType.STRING)
    private RentUnit rentUnit;
    private BigDecimal rentDeposit;

    private String dealWhere;
    private LocalDate dealUntil;

    /** Stored file names (common.Photos), in the order shown; the first is the listing's picture in lists. */
    @ElementCollection
    @CollectionTable(name = "listing_photo", joinColumns = @JoinColumn(name = "listing_id"))
    @OrderColumn(name = "position")
    @Column(name = "file_name")
    private List<String> photos = new ArrayList<>();

    @Version
    private long version;

    protected Listing() {}

    Listing(long authorId, long neighbourhoodId, Instant now) {
        this.authorId = authorId;
        this.neighbourhoodId = neighbourhoodId;
        this.createdAt = now;
    }

    /** Copies a checked draft; fields of other kinds are cleared, so a kind change leaves nothing stale behind. */
    void apply(ListingDraft form, LocalDate expiresOn, ZoneId zone) {
        this.direction = form.direction();
        this.kind = form.kind();
        this.category = form.category();
        this.title = form.title().strip();
        this.description = form.description().strip();
        this.availability = ListingRules.blank(form.availability()) ? null : form.availability().strip();
        this.radiusKm = form.radiusKm() == null ? 0 : form.radiusKm();
        this.expiresOn = expiresOn;
        this.expiredAt = null;
        boolean ride = kind == ListingKind.RIDE_SHARE;
        this.rideFrom = ride ? form.rideFrom().strip() : null;
        this.rideTo = ride ? form.rideTo().strip() : null;
        this.rideDeparture = ride ? ListingRules.departure(form, zone).toInstant() : null;
        this.rideSeats = ride ? form.rideSeats() : null;
        this.rideWeekdays = ride && !form.weekdays().isEmpty()
                ? form.weekdays().stream().map(DayOfWeek::name).collect(Collectors.joining(",")) : null;
        boolean lend = kind == ListingKind.LEND;
        this.lendCondition = lend ? form.lendCondition() : null;
        this.lendDurationDays = lend ? form.lendDurationDays() : null;
        boolean rent = kind == ListingKind.RENT;
        this.rentPrice = rent ? form.rentPrice() : null;
        this.rentUnit = rent ? form.rentUnit() : null;
        this.rentDeposit = rent ? form.rentDeposit() : null;
        boolean deal = kind == ListingKind.GOOD_DEAL;
        this.dealWhere = deal ? form.dealWhere().strip() : null;
        this.dealUntil = deal ? form.dealUntil() : null;
    }

    void addPhoto(String name) {
        photos.add(name);
    }

    void removePhoto(String name) {
        photos.remove(name);
    }

    /** A new expiry date (the author extended it): live again, and a new "expires soon" email when it comes. */
    void extendTo(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
        this.expiredAt = null;
    }

    void expiryNoticeSent() {
        this.expiryNoticeFor = expiresOn;
    }

    /**
     * Its author left the cooperative: closed at once; a loan still out ({@code lent}) is flagged, for both sides to
     * settle the return.
     */
    void authorLeft(Instant now, boolean lent) {
        expire(now);
        if (lent) {
            ownerLeftAt = now;
        }
    }

    void expire(Instant now) {
        if (expiredAt == null) {
            expiredAt = now;
        }
    }

    @Override
    public HiddenState hiddenState() {
        return hidden = HiddenState.orVisible(hidden);
    }

    void redact(String text) {
        this.description = text;
    }

    public boolean isExpired(LocalDate today) {
        return expiredAt != null || expiresOn.isBefore(today);
    }

    /** Published, not expired, not hidden: shown in browse pages and open to contact. */
    public boolean isLive(LocalDate today) {
        return !isHidden() && !isExpired(today);
    }

    /** Objects offered to lend or rent have a reservation calendar. */
    public boolean isBookable() {
        return direction == ListingDirection.OFFER && kind != null && kind.isBookable();
    }

    public boolean isAuthor(long residentId) {
        return authorId == residentId;
    }

    LocalDate rideDate(ZoneId zone) {
        return rideDeparture == null ? null : rideDeparture.atZone(zone).toLocalDate();
    }

    LocalTime rideTime(ZoneId zone) {
        return rideDeparture == null ? null : rideDeparture.atZone(zone).toLocalTime();
    }

    /** The departure on the site's wall clock. */
    public ZonedDateTime rideDepartureLocal(ZoneId zone) {
        return rideDeparture == null ? null : rideDeparture.atZone(zone);
    }

    public List<DayOfWeek> rideWeekdays() {
        return rideWeekdays == null ? List.of()
                : Arrays.stream(rideWeekdays.split(",")).map(DayOfWeek::valueOf).toList();
    }

    public String path() {
        return "/echanges/" + id;
    }

    public Long getId() { return id; }
    public long getAuthorId() { return authorId; }
    public long getNeighbourhoodId() { return neighbourhoodId; }
    public ListingDirection getDirection() { return direction; }
    public ListingKind getKind() { return kind; }
    public ListingCategory getCategory() { return category; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getAvailability() { return availability; }
    public int getRadiusKm() { return radiusKm; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiredAt() { return expiredAt; }
    public LocalDate getExpiryNoticeFor() { return expiryNoticeFor; }
    public String getRideFrom() { return rideFrom; }
    public String getRideTo() { return rideTo; }
    public Integer getRideSeats() { return rideSeats; }
    public ObjectCondition getLendCondition() { return lendCondition; }
    public Integer getLendDurationDays() { return lendDurationDays; }
    public Instant getOwnerLeftAt() { return ownerLeftAt; }
    public BigDecimal getRentPrice() { return rentPrice; }
    public RentUnit getRentUnit() { return rentUnit; }
    public BigDecimal getRentDeposit() { return rentDeposit; }
    public String getDealWhere() { return dealWhere; }
    public LocalDate getDealUntil() { return dealUntil; }
    public List<String> getPhotos() { return List.copyOf(photos); }

    public List<ListingPhoto> photoRefs() {
        return photos.stream().map(ListingPhoto::of).toList();
    }
}
