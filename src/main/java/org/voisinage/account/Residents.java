package org.voisinage.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.neighbourhood.NeighbourhoodSummary;
import org.voisinage.neighbourhood.Neighbourhoods;

/** The account module's API for other modules: who people are, and the members of a neighbourhood. */
@Service
@Transactional(readOnly = true)
public class Residents {

    /** The dwelling already has as many verified accounts as allowed; the person must contact staff. */
    public static final String HOUSEHOLD_FULL = "account.signup.household.full";

    private final ResidentRepository residents;
    private final int maxVerifiedPerAddress;
    private final ApplicationEventPublisher events;

    private final java.time.Clock clock;
    private final Neighbourhoods neighbourhoods;
    private final org.springframework.context.MessageSource messages;

    Residents(ResidentRepository residents, ApplicationEventPublisher events, java.time.Clock clock,
            Neighbourhoods neighbourhoods,
            VerificationProperties verification, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.residents = residents;
        this.neighbourhoods = neighbourhoods;
        this.clock = clock;
        this.events = events;
        this.maxVerifiedPerAddress = verification.maxVerifiedPerAddress();
    }

    /**
     * No transaction of its own (one is joined if running): the read is one statement, shared by the request's other
     * asks for the same person ({@link #withModeratedNeighbourhoods}); a transaction per ask cost every page a
     * {@code BEGIN READ ONLY} and a commit for the layout's read, and a pool checkout for each ask answered from memory.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<ResidentView> find(long id) {
        return withModeratedNeighbourhoods(id).map(this::view);
    }

    /** The message key of the name shown for a deleted account. */
    public static final String FORMER_NEIGHBOUR = "account.formerNeighbour";

    /**
     * A person as others see them: a deleted account's name is "former neighbour", in the language of the page
     * (or the site's, outside a request), so what they wrote to others stays readable without naming them.
     */
    private ResidentView view(Resident r) {
        ResidentView view = ResidentView.of(r);
        return r.isErased() ? view.named(formerNeighbour()) : view;
    }

    private ResidentDetails detailsOf(Resident r) {
        ResidentDetails details = ResidentDetails.of(r);
        return r.isErased() ? details.named(formerNeighbour()) : details;
    }

    /** "Former neighbour", translated: what a deleted account's name reads. */
    public String formerNeighbour() {
        return messages.getMessage(FORMER_NEIGHBOUR, null, "?",
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    /**
     * The residents with these ids, by id, read in one query whatever their number (unknown ids are left out): lists
     * that show many people's names call this once rather than {@link #find} per row.
     */
    public Map<Long, ResidentView> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return residents.findAllById(Set.copyOf(ids)).stream().map(this::view)
                .collect(Collectors.toMap(ResidentView::id, Function.identity()));
    }

    /**
     * Whether the resident is banned or suspended now (and so may not be contacted nor act); an unknown id is
     * barred too.
     */
    public boolean isBarred(long id) {
        return withModeratedNeighbourhoods(id).map(r -> r.isBarred(clock.instant())).orElse(true);
    }

    /**
     * The person behind a request or an email, read now, for the modules' access policies; {@link Viewer#ANONYMOUS}
     * for null or an unknown id.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true) // as find: one statement, shared per request
    public Viewer viewer(Long id) {
        if (id == null || id == 0) {
            return Viewer.ANONYMOUS;
        }
        // read fresh on every request (a sanction or a role change counts at once), but once per request: the
        // layout, the controller and each service ask for the same viewer
        RequestAttributes request = handledRequest();
        String memo = "org.voisinage.account.Viewer#" + id;
        if (request != null && request.getAttribute(memo, RequestAttributes.SCOPE_REQUEST) instanceof Viewer known) {
            return known;
        }
        Viewer viewer = withModeratedNeighbourhoods(id)
                .map(r -> viewerOf(r, n -> neighbourhoods.get(n).territoryId()))
                .orElse(Viewer.ANONYMOUS);
        if (request != null) {
            request.setAttribute(memo, viewer, RequestAttributes.SCOPE_REQUEST);
        }
        return viewer;
    }

    /**
     * The request being answered, if any: only while the dispatcher handles it (it marks the request), so that a
     * request context held open around other work (a test method, a job) never keeps a viewer past one answer.
     */
    private static RequestAttributes handledRequest() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request != null && request.getAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE,
                RequestAttributes.SCOPE_REQUEST) != null ? request : null;
    }

    /** The viewer of a signed-in person (null: anonymous). */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Viewer viewer(CurrentUser user) {
        return user == null ? Viewer.ANONYMOUS : viewer(user.id());
    }

    /** Many viewers at once (email recipients), by id, in one query; unknown ids are left out. */
    public Map<Long, Viewer> viewers(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // one query for the neighbourhoods' territories, whatever the number of recipients
        Map<Long, Long> territories = neighbourhoods.all().stream()
                .collect(Collectors.toMap(NeighbourhoodSummary::id, NeighbourhoodSummary::territoryId));
        return residents.findAllWithModeratedNeighbourhoods(Set.copyOf(ids)).stream()
                .map(r -> viewerOf(r, n -> territories.containsKey(n) ? territories.get(n) // cached list:
                        : neighbourhoods.get(n).territoryId())) // a neighbourhood created since on another instance
                .collect(Collectors.toMap(Viewer::id, Function.identity()));
    }

    private Viewer viewerOf(Resident r, Function<Long, Long> territoryOf) {
        Long territory = r.getNeighbourhoodId() == null ? null : territoryOf.apply(r.getNeighbourhoodId());
        Set<Long> staffTerritories = r.getRole() == Role.STAFF ? r.getStaffTerritories() : Set.of();
        Set<Long> staffNeighbourhoods = staffTerritories.isEmpty() ? Set.of() : neighbourhoods.all().stream()
                .filter(n -> staffTerritories.contains(n.territoryId())).map(NeighbourhoodSummary::id)
                .collect(Collectors.toSet());
        return new Viewer(r.getId(), r.getRole(), r.getStatus(), r.getNeighbourhoodId(), territory,
                r.getModeratedNeighbourhoods(), r.isBarred(clock.instant()), staffTerritories, staffNeighbourhoods);
    }

    public ResidentView get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("resident", id));
    }

    /** Numbers for the staff dashboard. */
    public record Stats(long pending, long verified, long rejected, long waitlisted) {}

    /** In one statement. */
    /** The dashboard's numbers as this staff member sees them (their territories' residents when limited to some). */
    public Stats stats(Viewer staff) {
        ResidentRepository.StatsRow row = staff.limitedStaff() ? residents.statsIn(staff.staffNeighbourhoods())
                : residents.stats();
        return new Stats(row.getPending(), row.getVerified(), row.getRejected(), row.getWaitlisted());
    }

    /** The directory addresses (ids) where the neighbourhood's verified members live, in no particular order. */
    public List<String> verifiedAddresses(long neighbourhoodId) {
        return residents.findVerifiedAddresses(neighbourhoodId);
    }

    public long countMembers(long neighbourhoodId) {
        return residents.countByNeighbourhoodIdAndStatus(neighbourhoodId, ResidentStatus.VERIFIED);
    }

    /**
     * Makes a pending resident a verified member. The household cap counts verified accounts in the same dwelling
     * (directory address and flat); the row lock on those accounts keeps two verifications from both passing.
     *
     * @throws Refusal conflict {@link #HOUSEHOLD_FULL} when the dwelling has reached the cap
     */
    @Transactional
    public ResidentView verify(long id, String method) {
        Resident resident = residents.findById(id).orElseThrow(() -> new NotFoundException("resident", id));
        if (resident.isVerified()) {
            return view(resident);
        }
        if (resident.getAddressId() != null
                && residents.lockVerifiedInDwelling(resident.getAddressId(), flatKey(resident.getFlat())).size()
                        >= maxVerifiedPerAddress) {
            throw Refusal.conflict(HOUSEHOLD_FULL);
        }
        resident.verify();
        events.publishEvent(new ResidentVerified(id, resident.getNeighbourhoodId(), method));
        return view(resident);
    }

    /** Verified residents who signed up with one of these (normalised) member numbers. */
    public List<ResidentDetails> verifiedWithMemberNumbers(Collection<String> memberNumbers) {
        if (memberNumbers.isEmpty()) {
            return List.of();
        }
        return residents.findByStatusAndMemberNumberIn(ResidentStatus.VERIFIED, Set.copyOf(memberNumbers)).stream()
                .map(ResidentDetails::of).toList();
    }

    /**
     * A resident who left the cooperative loses their verified status (back to pending: other proofs may follow);
     * every module hands over what they leave behind on {@link ResidentLeft}, and they are told by email.
     *
     * @return false when they were not verified (nothing happens)
     */
    @Transactional
    public boolean withdrawVerification(long id) {
        Resident resident = residents.findById(id).orElseThrow(() -> new NotFoundException("resident", id));
        if (!resident.isVerified()) {
            return false;
        }
        resident.unverify();
        Long territory = resident.getNeighbourhoodId() == null ? null
                : neighbourhoods.get(resident.getNeighbourhoodId()).territoryId();
        events.publishEvent(new ResidentLeft(id, resident.getNeighbourhoodId(), territory));
        return true;
    }

    /** Staff refused the proof; the resident is told why by email. */
    @Transactional
    public ResidentView reject(long id, String reason) {
        Resident resident = residents.findById(id).orElseThrow(() -> new NotFoundException("resident", id));
        resident.reject();
        events.publishEvent(new ResidentRejected(id, reason));
        return view(resident);
    }

    /**
     * Whether one more account in this dwelling (directory address and flat, null for the address's single
     * dwelling) would pass the household cap.
     */
    public boolean householdFull(String addressId, String flat) {
        return addressId != null && residents.countVerifiedInDwelling(addressId, flatKey(flat)) >= maxVerifiedPerAddress;
    }

    /** Whether verifying this resident would pass the cap of their dwelling (a check before the locked one). */
    public boolean householdFull(long residentId) {
        Resident resident = residents.findById(residentId).orElseThrow(() -> new NotFoundException("resident", residentId));
        return !resident.isVerified() && householdFull(resident.getAddressId(), resident.getFlat());
    }

    /**
     * Staff correct the flat (or a register that knows it fills it in): letters and the household cap follow it.
     * Blank: the address's single dwelling.
     */
    @Transactional
    public void correctFlat(long id, String flat) {
        residents.findById(id).orElseThrow(() -> new NotFoundException("resident", id)).correctFlat(flat);
    }

    /** A null flat bound as '' (a native query's null parameter has no type); both key to the single dwelling. */
    private static String flatKey(String flat) {
        return flat == null ? "" : flat;
    }

    /** Full details for staff (address id, flat, member number), never shown to other residents. */
    public Optional<ResidentDetails> details(long id) {
        return withModeratedNeighbourhoods(id).map(this::detailsOf);
    }

    /**
     * The resident and the neighbourhoods they moderate in one statement (viewers, details and views need them), read
     * once per GET request: the layout, the controller and each service ask for the same person. Only a GET (or HEAD)
     * shares it: it changes nothing, so what was read at its start is still true at its end; a POST reads afresh.
     */
    @SuppressWarnings("unchecked")
    private Optional<Resident> withModeratedNeighbourhoods(long id) {
        RequestAttributes request = handledRequest();
        if (request instanceof ServletRequestAttributes servlet
                && !("GET".equals(servlet.getRequest().getMethod()) || "HEAD".equals(servlet.getRequest().getMethod()))) {
            request = null;
        }
        String memo = "org.voisinage.account.Resident#" + id;
        if (request != null && request.getAttribute(memo, RequestAttributes.SCOPE_REQUEST) instanceof Optional<?> known) {
            return (Optional<Resident>) known;
        }
        Optional<Resident> read = residents.findWithModeratedNeighbourhoods(id);
        if (request != null) {
            request.setAttribute(memo, read, RequestAttributes.SCOPE_REQUEST);
        }
        return read;
    }

    /** Pending residents, oldest first, optionally of one neighbourhood (null for all). */
    public List<ResidentDetails> pending(Long neighbourhoodId) {
        return residents.findPending(neighbourhoodId).stream().map(this::detailsOf).toList();
    }

    /** Those of {@code ids} who are verified members of the neighbourhood, by name. */
    public List<ResidentView> membersAmong(long neighbourhoodId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return residents.findByNeighbourhoodIdAndStatusAndIdInOrderByDisplayNameAsc(neighbourhoodId,
                ResidentStatus.VERIFIED, ids).stream().map(this::view).toList();
    }

    public List<ResidentView> members(long neighbourhoodId) {
        return residents.findByNeighbourhoodIdAndStatusOrderByDisplayNameAsc(neighbourhoodId, ResidentStatus.VERIFIED)
                .stream().map(this::view).toList();
    }

    /** Staff and administrators (whom staff-wide reminders go to), with their email and language. */
    public List<ResidentDetails> staff() {
        return residents.findByRoleIn(List.of(Role.STAFF, Role.ADMIN)).stream().map(this::detailsOf).toList();
    }

    /** {@link #staff} who work in this territory ({@link Viewer#staffOf}): a territory's reminders go to them only. */
    public List<ResidentDetails> staffOf(Long territoryId) {
        return residents.findByRoleIn(List.of(Role.STAFF, Role.ADMIN)).stream()
                .filter(r -> r.getRole() == Role.ADMIN || r.getStaffTerritories().isEmpty()
                        || (territoryId != null && r.getStaffTerritories().contains(territoryId)))
                .map(this::detailsOf).toList();
    }

    /** Residents with a status, oldest first, optionally of one neighbourhood (null for all): staff queues. */
    public List<ResidentDetails> withStatus(ResidentStatus status, Long neighbourhoodId) {
        return residents.findByStatus(status, neighbourhoodId).stream().map(this::detailsOf).toList();
    }

    /** The id of the account with this email (any case), if any. */
    public Optional<Long> idByEmail(String email) {
        return residents.findByEmail(Resident.normaliseEmail(email)).map(Resident::getId);
    }

    /**
     * Suspends the resident until {@code until}: they cannot sign in and all their sessions end once the
     * transaction commits. The reason is shown to them.
     */
    @Transactional
    public void suspend(long id, java.time.Instant until, String reason) {
        Resident resident = residents.findById(id).orElseThrow(() -> new NotFoundException("resident", id));
        resident.suspendUntil(until, reason);
        events.publishEvent(new ResidentSanctioned(id, until, reason));
    }

    /** Bans the resident for good: no sign-in ever; all their sessions end once the transaction commits. */
    @Transactional
    public void ban(long id, String reason) {
        Resident resident = residents.findById(id).orElseThrow(() -> new NotFoundException("resident", id));
        resident.ban(clock.instant(), reason);
        events.publishEvent(new ResidentSanctioned(id, null, reason));
    }

    /** Lifts a suspension or a ban (an appeal accepted). */
    @Transactional
    public void lift(long id) {
        residents.findById(id).orElseThrow(() -> new NotFoundException("resident", id)).lift();
    }

    /** The sanction in force now, if any. */
    public Optional<Sanction> sanction(long id) {
        return residents.findById(id).filter(r -> r.isBarred(clock.instant()))
                .map(r -> new Sanction(r.getBannedAt() == null ? r.getSuspendedUntil() : null, r.getSanctionReason()));
    }

    /** A suspension (until a date) or a ban ({@code until} null). */
    public record Sanction(java.time.Instant until, String reason) {

        public boolean ban() {
            return until == null;
        }
    }
}
