package org.voisinage.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.voisinage.account.ResidentStatus;
import org.voisinage.account.Role;
import org.voisinage.account.Viewer;

/**
 * Who sees, takes part in and changes an initiative ({@link InitiativeAccess}), without a database: the initiative
 * of {@link InitiativeRulesTests#initiative()} lives in neighbourhood 1 and was proposed by resident 7.
 */
class InitiativeAccessTests {

    static final long HERE = 1;
    static final long ELSEWHERE = 2;
    static final long AUTHOR = 7;

    final InitiativeAccess access = new InitiativeAccess(null,
            org.mockito.Mockito.mock(org.voisinage.neighbourhood.Neighbourhoods.class)); // no territory is members only

    static Viewer resident(long id, ResidentStatus status, Long neighbourhood) {
        return new Viewer(id, Role.RESIDENT, status, neighbourhood, 10L, Set.of(), false);
    }

    static Viewer neighbour(long id) {
        return resident(id, ResidentStatus.VERIFIED, HERE);
    }

    static Viewer moderatorOf(long neighbourhood) {
        return new Viewer(30, Role.MODERATOR, ResidentStatus.VERIFIED, HERE, 10L, Set.of(neighbourhood), false);
    }

    static final Viewer STAFF = new Viewer(40, Role.STAFF, ResidentStatus.VERIFIED, null, null, Set.of(), false);

    /** Hidden by a moderator (the one place these tests touch the hidden state). */
    static Initiative hidden() {
        Initiative initiative = InitiativeRulesTests.initiative();
        initiative.hide("doublon", java.time.Instant.parse("2026-03-01T10:00:00Z"));
        return initiative;
    }

    @Test
    void anyoneSeesAVisibleInitiativeButOnlyVerifiedNeighboursAndStaffItsMembersOnlyParts() {
        Initiative initiative = InitiativeRulesTests.initiative();
        assertThat(access.maySee(Viewer.ANONYMOUS, initiative)).isTrue();
        assertThat(access.maySeeMembersOnly(Viewer.ANONYMOUS, initiative)).isFalse();
        assertThat(access.maySeeMembersOnly(neighbour(8), initiative)).isTrue();
        assertThat(access.maySeeMembersOnly(resident(8, ResidentStatus.PENDING, HERE), initiative)).isFalse();
        assertThat(access.maySeeMembersOnly(resident(8, ResidentStatus.VERIFIED, ELSEWHERE), initiative)).isFalse();
        assertThat(access.maySeeMembersOnly(STAFF, initiative)).isTrue();
        Viewer barred = new Viewer(8, Role.RESIDENT, ResidentStatus.VERIFIED, HERE, 10L, Set.of(), true);
        assertThat(access.maySeeMembersOnly(barred, initiative)).isFalse();
    }

    @Test
    void aHiddenInitiativeIsLeftToItsAuthorAndThoseWhoModerateItsNeighbourhood() {
        Initiative initiative = hidden();
        assertThat(access.maySee(Viewer.ANONYMOUS, initiative)).isFalse();
        assertThat(access.maySee(neighbour(8), initiative)).isFalse();
        assertThat(access.maySee(neighbour(AUTHOR), initiative)).isTrue();
        assertThat(access.maySee(moderatorOf(HERE), initiative)).isTrue();
        assertThat(access.maySee(moderatorOf(ELSEWHERE), initiative)).isFalse();
        assertThat(access.maySee(STAFF, initiative)).isTrue();
        assertThat(access.maySeeMembersOnly(neighbour(8), initiative)).isFalse();
        assertThat(access.mayReport(neighbour(8), initiative)).isFalse();
        assertThat(access.mayReport(neighbour(AUTHOR), initiative)).isTrue();
    }

    @Test
    void onlyVerifiedNeighboursTakePartAndNobodyInAHiddenOne() {
        Initiative initiative = InitiativeRulesTests.initiative();
        assertThat(access.mayTakePart(neighbour(8), initiative)).isTrue();
        assertThat(access.mayTakePart(resident(8, ResidentStatus.PENDING, HERE), initiative)).isFalse();
        assertThat(access.mayTakePart(resident(8, ResidentStatus.VERIFIED, ELSEWHERE), initiative)).isFalse();
        assertThat(access.mayTakePart(resident(8, ResidentStatus.VERIFIED, null), initiative)).isFalse();
        assertThat(access.mayTakePart(STAFF, initiative)).as("staff read, they do not take part").isFalse();
        assertThat(access.mayTakePart(Viewer.ANONYMOUS, initiative)).isFalse();
        assertThat(access.mayTakePart(neighbour(AUTHOR), hidden())).isFalse();
    }

    @Test
    void organisersTakingPartChangeIt() {
        Initiative initiative = InitiativeRulesTests.initiative();
        assertThat(access.mayChange(neighbour(AUTHOR), initiative, MemberRole.INITIATOR)).isTrue();
        assertThat(access.mayChange(neighbour(8), initiative, MemberRole.CO_ORGANISER)).isTrue();
        assertThat(access.mayChange(neighbour(8), initiative, MemberRole.MEMBER)).isFalse();
        assertThat(access.mayChange(neighbour(8), initiative, null)).isFalse();
        Viewer movedAway = resident(AUTHOR, ResidentStatus.VERIFIED, ELSEWHERE);
        assertThat(access.mayChange(movedAway, initiative, MemberRole.INITIATOR)).isFalse();
        assertThat(access.mayChange(neighbour(AUTHOR), hidden(), MemberRole.INITIATOR)).isFalse();
    }

    @Test
    void onlySignedInPeopleReportWhatTheySee() {
        Initiative initiative = InitiativeRulesTests.initiative();
        assertThat(access.mayReport(Viewer.ANONYMOUS, initiative)).isFalse();
        assertThat(access.mayReport(resident(8, ResidentStatus.PENDING, ELSEWHERE), initiative)).isTrue();
    }
}
