package org.voisinage.challenge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.challenge.ChallengeViews.Card;
import org.voisinage.challenge.ChallengeViews.Viewer;
import org.voisinage.challenge.internal.PledgeChart;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.SiteClock;
import org.voisinage.neighbourhood.NeighbourhoodSummary;
import org.voisinage.neighbourhood.Neighbourhoods;

/**
 * Reading challenges, the module's API for other modules: a challenge's page, the listings. The other use-cases
 * have their own services: {@link ChallengeEditing} (staff write challenges), {@link ChallengeLifecycle} (open,
 * answer, conclude, expire, news) and {@link ChallengePledges}.
 */
@Service
@Transactional(readOnly = true)
public class Challenges {

    private final ChallengeRepository challenges;
    private final PledgeRepository pledges;
    private final ChallengeRecords records;
    private final ChallengeAccess access;
    private final PledgeScope scope;
    private final Residents residents;
    private final Neighbourhoods neighbourhoods;
    private final SiteClock clock;

    Challenges(ChallengeRepository challenges, PledgeRepository pledges, ChallengeRecords records,
            ChallengeAccess access, PledgeScope scope, Residents residents, Neighbourhoods neighbourhoods,
            SiteClock clock) {
        this.challenges = challenges;
        this.pledges = pledges;
        this.records = records;
        this.access = access;
        this.scope = scope;
        this.residents = residents;
        this.neighbourhoods = neighbourhoods;
        this.clock = clock;
    }

    /**
     * Asked before serving the challenge's photo.
     *
     * @return whether anyone may see it (shared caches may then keep its photo)
     * @throws NotFoundException unless this viewer (null: anonymous) may see the challenge
     */
    public boolean requireVisible(long id, Long viewerId) {
        Challenge c = challenges.findById(id).orElseThrow(() -> new NotFoundException("challenge", id));
        if (access.isPublic(c)) {
            return true;
        }
        if (!access.maySee(residents.viewer(viewerId), c)) {
            throw new NotFoundException("challenge", id);
        }
        return false;
    }

    /**
     * The challenge page as this viewer sees it (null for anonymous): a fixed number of queries whatever the
     * number of pledges and history rows. Drafts are for staff only.
     */
    public ChallengeViews.Page page(long id, ResidentView viewer) {
        Challenge c = challenges.findWithAction(id).orElseThrow(() -> new NotFoundException("challenge", id));
        if (!access.isPublic(c) && !access.maySee(residents.viewer(viewer == null ? null : viewer.id()), c)) {
            throw new NotFoundException("challenge", id);
        }
        LocalDate today = clock.today();
        String scopeName = c.getNeighbourhoodId() != null ? neighbourhoods.get(c.getNeighbourhoodId()).name()
                : neighbourhoods.territory(c.getTerritoryId()).name();
        PledgeChart chart = PledgeChart.of(c.getOpensOn(), c.getDeadline(), today, c.getGoal(),
                records.daily(id, clock.zone()));
        ChallengeRecords.Listed listed = records.listed(id);
        return new ChallengeViews.Page(id, c.getTitle(), c.getAction().toView(), c.getTargetName(), c.getTargetKind(),
                c.getCounterCommitment(), scopeName, c.getNeighbourhoodId(), c.getTerritoryId(), c.getGoal(), c.getCap(),
                c.getOnlinePledges(), c.getOfflinePledges(), c.getOpensOn(), c.getDeadline(), daysLeft(c, today),
                c.getState(), c.getAnswerMessage(), c.getAnsweredAt(), c.getFulfilmentNote(), c.getFulfilmentPhoto() != null,
                listed.history(), listed.milestones(), listed.offline(), listed.updates(), chart, viewer(c, viewer, today),
                c.getNeedId());
    }

    private Viewer viewer(Challenge c, ResidentView viewer, LocalDate today) {
        if (viewer == null) {
            return new Viewer(false, false, "challenge.refused.anonymous", false);
        }
        boolean pledged = pledges.existsByChallengeIdAndResidentId(c.getId(), viewer.id());
        String refusal = scope.refusal(c, viewer);
        if (refusal == null) {
            refusal = c.pledgeRefusal(today);
        }
        return new Viewer(true, pledged, refusal, pledged && c.getState() == ChallengeState.OPEN);
    }

    private static long daysLeft(Challenge c, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(today, c.getDeadline()) + 1);
    }

    public enum Sort { CLOSENESS, DEADLINE }

    /**
     * Challenges of the viewer's neighbourhood and territory (everywhere for anonymous people and staff),
     * in the given states (open ones by default), optionally of one theme.
     */
    public Page<Card> list(ResidentView viewer, Theme theme, ChallengeState state, Sort sort, Pageable pageable) {
        Map<Long, NeighbourhoodSummary> all = neighbourhoodsById();
        Scope s = scope(viewer, all);
        EnumSet<ChallengeState> states = state == null || state == ChallengeState.DRAFT
                ? EnumSet.of(ChallengeState.OPEN) : EnumSet.of(state);
        Long[] shutOut = shutOut(viewer);
        Page<Challenge> page = sort == Sort.DEADLINE
                ? challenges.listByDeadline(states, theme, s.everywhere(), s.neighbourhoodId(), s.territoryId(), shutOut,
                        pageable)
                : challenges.listByCloseness(states, theme, s.everywhere(), s.neighbourhoodId(), s.territoryId(),
                        shutOut, pageable);
        Map<Long, String> territoryNames = territoryNames();
        LocalDate today = clock.today();
        return page.map(c -> card(c, all, territoryNames, today));
    }

    /**
     * The first {@code n} open challenges of {@link #list} closest to their goal, without counting them all (the home
     * page shows a few and links to the list).
     */
    public List<Card> closestOpen(ResidentView viewer, int n) {
        Map<Long, NeighbourhoodSummary> all = neighbourhoodsById();
        Scope s = scope(viewer, all);
        Map<Long, String> territoryNames = territoryNames();
        LocalDate today = clock.today();
        return challenges.firstByCloseness(ChallengeState.OPEN, null, s.everywhere(), s.neighbourhoodId(),
                s.territoryId(), shutOut(viewer), PageRequest.of(0, n)).stream().map(c -> card(c, all, territoryNames, today)).toList();
    }

    /** Where the viewer's challenges are: their neighbourhood and territory, everywhere for anonymous people and staff. */
    private record Scope(Long neighbourhoodId, Long territoryId, boolean everywhere) {}

    private static Scope scope(ResidentView viewer, Map<Long, NeighbourhoodSummary> all) {
        Long neighbourhoodId = viewer == null || viewer.staff() ? null : viewer.neighbourhoodId();
        Long territoryId = neighbourhoodId == null || !all.containsKey(neighbourhoodId) ? null
                : all.get(neighbourhoodId).territoryId();
        return new Scope(neighbourhoodId, territoryId, territoryId == null);
    }

    /** The members-only territories this viewer reads nothing of: lists leave their challenges out. */
    private Long[] shutOut(ResidentView viewer) {
        return residents.viewer(viewer == null ? null : viewer.id()).shutOutOf(neighbourhoods.membersOnlyTerritories())
                .toArray(Long[]::new);
    }

    /** Every challenge, newest first, for staff (those of their territories for staff limited to some). */
    public List<Card> allForStaff(long staffId) {
        Map<Long, NeighbourhoodSummary> all = neighbourhoodsById();
        Map<Long, String> territoryNames = territoryNames();
        LocalDate today = clock.today();
        org.voisinage.account.Viewer staff = residents.viewer(staffId);
        return (staff.limitedStaff() ? challenges.findAllForStaffIn(staff.staffTerritories())
                : challenges.findAllForStaff()).stream().map(c -> card(c, all, territoryNames, today)).toList();
    }

    private Map<Long, NeighbourhoodSummary> neighbourhoodsById() {
        return neighbourhoods.all().stream().collect(Collectors.toMap(NeighbourhoodSummary::id, Function.identity()));
    }

    private Map<Long, String> territoryNames() {
        return neighbourhoods.territories().stream().collect(Collectors.toMap(t -> t.id(), t -> t.name()));
    }

    private static Card card(Challenge c, Map<Long, NeighbourhoodSummary> neighbourhoods, Map<Long, String> territories,
            LocalDate today) {
        String scope = c.getNeighbourhoodId() != null && neighbourhoods.containsKey(c.getNeighbourhoodId())
                ? neighbourhoods.get(c.getNeighbourhoodId()).name() : territories.get(c.getTerritoryId());
        return new Card(c.getId(), c.getTitle(), c.getAction().getTheme(), c.getState(), scope, c.total(), c.getGoal(),
                c.getDeadline(), daysLeft(c, today));
    }
}
