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
import org.voisinage.common.Refusal;

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
    private String lentTo;
    private LocalDate lentReturnOn;
    private Instant returnedAt;
    private Instant ownerLeftAt;
    private LocalDate reminderBeforeFor;
    private LocalDate reminderDueFor;

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
        if (!lend) {
            this.lentTo = null;
            this.lentReturnOn = null;
        }
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

    /** The object is lent: reminders will be sent before and on the return date. */
    void lend(String lentTo, LocalDate returnOn) {
        if (kind != ListingKind.LEND) {
            throw Refusal.conflict("exchange.loan.notALoan");
        }
        this.lentTo = lentTo.strip();
        this.lentReturnOn = returnOn;
        this.returnedAt = null;
    }

    /** The owner has it back. */
    void returned(Instant now) {
        if (!isLent()) {
            throw Refusal.conflict("exchange.loan.notLent");
        }
        this.returnedAt = now;
        this.lentTo = null;
        this.lentReturnOn = null;
    }

    void reminderSent(LoanReminders.Reminder reminder) {
        if (reminder == LoanReminders.Reminder.BEFORE) {
            reminderBeforeFor = lentReturnOn;
        } else {
            reminderDueFor = lentReturnOn;
        }
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
     * Its author left the cooperative: closed at once; a loan still out is flagged, for both sides to settle the
     * return.
     */
    void authorLeft(Instant now) {
        expire(now);
        if (isLent()) {
            ownerLeftAt = now;
        }
    }

    /** Lent when its owner left the cooperative: the return is to be settled between them. */
    public boolean isLoanFlagged() {
        return ownerLeftAt != null && isLent();
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

    public boolean isLent() {
        return lentReturnOn != null;
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
    public String getLentTo() { return lentTo; }
    public LocalDate getLentReturnOn() { return lentReturnOn; }
    public Instant getReturnedAt() { return returnedAt; }
    public Instant getOwnerLeftAt() { return ownerLeftAt; }
    public LocalDate getReminderBeforeFor() { return reminderBeforeFor; }
    public LocalDate getReminderDueFor() { return reminderDueFor; }
    public String getDealWhere() { return dealWhere; }
    public LocalDate getDealUntil() { return dealUntil; }
    public List<String> getPhotos() { return List.copyOf(photos); }

    public List<ListingPhoto> photoRefs() {
        return photos.stream().map(ListingPhoto::of).toList();
    }
}
