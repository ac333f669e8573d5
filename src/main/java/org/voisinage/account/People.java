package org.voisinage.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.common.LikePatterns;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Paging;

/** Staff manage people: find them, give them a role. */
@Service
public class People {

    private final ResidentRepository residents;
    private final Residents viewers;
    private final ApplicationEventPublisher events;

    People(ResidentRepository residents, Residents viewers, ApplicationEventPublisher events) {
        this.residents = residents;
        this.viewers = viewers;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Page<ResidentDetails> search(String query, int page) {
        return search(query, page, null);
    }

    /**
     * People whose name or email contains the words typed, as this staff member sees them: staff limited to some
     * territories only the people living there (filtered in SQL).
     */
    @Transactional(readOnly = true)
    public Page<ResidentDetails> search(String query, int page, Viewer staff) {
        PageRequest request = Paging.page(page, 30, Sort.by("displayName"));
        String q = query == null ? "" : query.strip();
        if (staff != null && staff.limitedStaff()) {
            return residents.searchIn(LikePatterns.containing(q.toLowerCase(Locale.ROOT)), staff.staffNeighbourhoods(),
                    request).map(ResidentDetails::of);
        }
        return (q.isEmpty() ? residents.findAll(request) : residents.search(LikePatterns.containing(q.toLowerCase(Locale.ROOT)), request))
                .map(ResidentDetails::of);
    }

    /**
     * Administrators limit a member of staff to some territories (none: every territory); the staff member's next
     * request sees only those (viewers are read fresh).
     *
     * @throws org.voisinage.common.Refusal forbidden when the actor is not an administrator; conflict when the
     *         person is not staff
     */
    @Transactional
    public void limitStaffTo(long residentId, Set<Long> territories, CurrentUser actor) {
        if (actor.role() != Role.ADMIN) {
            throw org.voisinage.common.Refusal.forbidden("account.people.role.adminOnly");
        }
        Resident resident = residents.findById(residentId).orElseThrow(() -> new NotFoundException("resident", residentId));
        if (resident.getRole() != Role.STAFF) {
            throw org.voisinage.common.Refusal.conflict("account.people.territories.staffOnly");
        }
        resident.limitStaffTo(territories == null ? Set.of() : territories);
    }

    /** Why a role change is refused, as a message key; empty when it was made. */
    @Transactional
    public Optional<String> assignRole(long residentId, RoleForm form, CurrentUser actor) {
        Resident resident = residents.findById(residentId).orElseThrow(() -> new NotFoundException("resident", residentId));
        boolean grantsStaff = form.role() == Role.STAFF || form.role() == Role.ADMIN;
        boolean touchesStaff = resident.getRole() == Role.STAFF || resident.getRole() == Role.ADMIN;
        if ((grantsStaff || touchesStaff) && actor.role() != Role.ADMIN) {
            return Optional.of("account.people.role.adminOnly");
        }
        if (residentId == actor.id() && form.role() != resident.getRole()) {
            return Optional.of("account.people.role.notYourself");
        }
        if (form.role() == Role.MODERATOR && form.neighbourhoodsOrNone().isEmpty()) {
            return Optional.of("account.people.role.moderatorNeedsNeighbourhood");
        }
        Viewer staff = viewers.viewer(actor);
        if (staff.limitedStaff() && (!staff.staffNeighbourhoods().containsAll(form.neighbourhoodsOrNone())
                || !staff.staffNeighbourhoods().containsAll(resident.getModeratedNeighbourhoods()))) {
            // staff limited to some territories give and take moderation there only
            return Optional.of("account.people.role.otherTerritory");
        }
        Role before = resident.getRole();
        Set<Long> moderatedBefore = resident.getModeratedNeighbourhoods();
        resident.assignRole(form.role(), form.neighbourhoodsOrNone());
        if (before != resident.getRole() || !moderatedBefore.equals(resident.getModeratedNeighbourhoods())) {
            // the sessions signed in with the old rights end (on every instance); the next sign-in gets the new ones
            events.publishEvent(new ResidentRoleChanged(residentId, resident.getRole(),
                    resident.getModeratedNeighbourhoods()));
        }
        return Optional.empty();
    }
}
