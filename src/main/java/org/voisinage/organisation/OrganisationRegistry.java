package org.voisinage.organisation;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.People;
import org.voisinage.account.ResidentDetails;
import org.voisinage.account.ResidentStatus;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.account.StaffScopedObjects;
import org.voisinage.account.Viewer;
import org.voisinage.common.LikePatterns;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Paging;
import org.voisinage.common.Refusal;
import org.voisinage.moderation.AuditTrail;
import org.voisinage.neighbourhood.NeighbourhoodSummary;
import org.voisinage.neighbourhood.Neighbourhoods;
import org.voisinage.neighbourhood.TerritoryWithNeighbourhoods;

/** Staff register organisations, edit them and link their members; every action goes to the audit trail. */
@Service
@Transactional(readOnly = true)
class OrganisationRegistry implements StaffScopedObjects {

    private final OrganisationRepository organisations;
    private final Neighbourhoods neighbourhoods;
    private final People people;
    private final Residents residents;
    private final AuditTrail audit;

    OrganisationRegistry(OrganisationRepository organisations, Neighbourhoods neighbourhoods, People people,
            Residents residents, AuditTrail audit) {
        this.organisations = organisations;
        this.neighbourhoods = neighbourhoods;
        this.people = people;
        this.residents = residents;
        this.audit = audit;
    }

    /** The staff list: staff limited to some territories see their territories' organisations (filtered in SQL). */
    Page<OrganisationView> list(String query, int page, long staffId) {
        String q = LikePatterns.containing(query == null ? "" : query.strip().toLowerCase(Locale.ROOT));
        Viewer staff = residents.viewer(staffId);
        var request = Paging.page(page, 30, Sort.by("name"));
        return (staff.limitedStaff() ? organisations.searchIn(staff.staffTerritories(), q, request)
                : organisations.searchAll(q, request)).map(OrganisationView::of);
    }

    @Override
    public String adminPath() {
        return "/admin/organisations";
    }

    /** An organisation belongs to its territory's staff. */
    @Override
    public boolean staffOf(Viewer viewer, long id) {
        return organisations.findById(id).filter(o -> viewer.staffOf(o.getTerritoryId())).isPresent();
    }

    /** The territories this staff member may place organisations in, with their neighbourhoods. */
    List<TerritoryWithNeighbourhoods> places(long staffId) {
        Viewer staff = residents.viewer(staffId);
        return neighbourhoods.territoriesWithNeighbourhoods(staff::staffOf);
    }

    OrganisationView get(long id) {
        return OrganisationView.of(find(id));
    }

    OrganisationForm form(long id) {
        return OrganisationForm.of(find(id));
    }

    /** @throws Refusal when the place is unknown or the address (slug) is taken */
    @Transactional
    long register(OrganisationForm form, long staffId) {
        long[] place = place(form.scope(), staffId);
        String slug = slugOf(form);
        if (organisations.existsBySlug(slug)) {
            throw Refusal.invalid("slug", "organisation.slug.taken");
        }
        Organisation organisation = new Organisation(place[0], place[1] == 0 ? null : place[1], form.kind(),
                form.name().strip(), slug, null);
        organisation.describe(place[0], place[1] == 0 ? null : place[1], withSlug(form, slug), staffId);
        organisation.registeredBy(staffId);
        long id = save(organisation).getId();
        audit.record(staffId, "organisation.register", "organisation:" + id, null);
        return id;
    }

    /**
     * @throws Refusal when the place is unknown or the slug taken
     * @throws ObjectOptimisticLockingFailureException when someone changed it since the form was shown
     */
    @Transactional
    void update(long id, OrganisationForm form, long staffId) {
        Organisation organisation = find(id);
        if (form.version() == null || form.version() != organisation.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Organisation.class, id);
        }
        long[] place = place(form.scope(), staffId);
        String slug = slugOf(form);
        if (!slug.equals(organisation.getSlug()) && organisations.existsBySlug(slug)) {
            throw Refusal.invalid("slug", "organisation.slug.taken");
        }
        organisation.describe(place[0], place[1] == 0 ? null : place[1], withSlug(form, slug), staffId);
        save(organisation);
        audit.record(staffId, "organisation.update", "organisation:" + id, null);
    }

    List<ResidentView> members(long id) {
        return find(id).getMembers().stream().map(residents::find).flatMap(java.util.Optional::stream)
                .sorted(java.util.Comparator.comparing(ResidentView::displayName)).toList();
    }

    /** Verified residents whose name or email contains the words typed, to pick one to link. */
    List<ResidentDetails> candidates(String who, long staffId) {
        if (who == null || who.isBlank()) {
            return List.of();
        }
        return people.search(who, 0, residents.viewer(staffId)).stream().filter(r -> r.status() == ResidentStatus.VERIFIED).limit(10).toList();
    }

    /** @throws Refusal when nobody verified matches, or they are a member already */
    @Transactional
    void link(long id, MemberForm form, long staffId) {
        Organisation organisation = find(id);
        ResidentDetails resident = form.residentId() != null
                ? residents.details(form.residentId())
                        .orElseThrow(() -> Refusal.invalid("memberEmail", "organisation.member.unknown"))
                : byEmail(form.memberEmail());
        if (!residents.viewer(staffId).staffOfNeighbourhood(resident.neighbourhoodId())) {
            // someone of another territory is unknown to staff limited to theirs
            throw Refusal.invalid("memberEmail", "organisation.member.unknown");
        }
        if (resident.status() != ResidentStatus.VERIFIED) {
            throw Refusal.invalid("memberEmail", "organisation.member.notVerified");
        }
        if (organisation.hasMember(resident.id())) {
            throw Refusal.invalid("memberEmail", "organisation.member.already");
        }
        organisation.addMember(resident.id());
        audit.record(staffId, "organisation.member.add", "organisation:" + id, "resident:" + resident.id());
    }

    @Transactional
    void unlink(long id, long residentId, long staffId) {
        Organisation organisation = find(id);
        if (organisation.hasMember(residentId)) {
            organisation.removeMember(residentId);
            audit.record(staffId, "organisation.member.remove", "organisation:" + id, "resident:" + residentId);
        }
    }

    private ResidentDetails byEmail(String email) {
        if (email == null || email.isBlank()) {
            throw Refusal.invalid("memberEmail", "organisation.member.emailRequired");
        }
        String wanted = email.strip();
        return people.search(wanted, 0).stream().filter(r -> r.email().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> Refusal.invalid("memberEmail", "organisation.member.unknown"));
    }

    private Organisation find(long id) {
        return organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation", id));
    }

    private Organisation save(Organisation organisation) {
        try {
            return organisations.saveAndFlush(organisation);
        } catch (DataIntegrityViolationException twoAtOnce) {
            throw Refusal.invalid("slug", "organisation.slug.taken");
        }
    }

    /**
     * {territory id, neighbourhood id or 0} of a scope "n-{id}" or "t-{id}", looked up in the list of territories
     * (a lookup that throws would mark this transaction for rollback).
     */
    /** The territory and neighbourhood (0: territory-wide) the scope names, among this staff member's. */
    private long[] place(String scope, long staffId) {
        if (scope != null && scope.matches("[nt]-[0-9]{1,18}")) {
            long id = Long.parseLong(scope.substring(2));
            for (TerritoryWithNeighbourhoods t : places(staffId)) {
                if (scope.startsWith("t-") && t.territory().id() == id) {
                    return new long[] {id, 0};
                }
                for (NeighbourhoodSummary n : t.neighbourhoods()) {
                    if (scope.startsWith("n-") && n.id() == id) {
                        return new long[] {t.territory().id(), id};
                    }
                }
            }
        }
        throw Refusal.invalid("scope", "organisation.scope.unknown");
    }

    private static String slugOf(OrganisationForm form) {
        if (form.slug() != null && !form.slug().isBlank()) {
            return form.slug();
        }
        String slug = Normalizer.normalize(Objects.requireNonNullElse(form.name(), ""), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        slug = slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
        if (slug.isEmpty()) {
            throw Refusal.invalid("slug", "organisation.slug.invalid");
        }
        return slug;
    }

    private static OrganisationForm withSlug(OrganisationForm f, String slug) {
        return new OrganisationForm(f.version(), f.kind(), f.name(), slug, f.scope(), f.address(), f.description(),
                f.openingHours(), f.phone(), f.email(), f.website());
    }
}
