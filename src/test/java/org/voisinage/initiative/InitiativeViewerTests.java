package org.voisinage.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.voisinage.initiative.InitiativeViews.Viewer;

/** What the page offers a viewer, and the smaller rules of the entities, without a database. */
class InitiativeViewerTests {

    @Test
    void aNeighbourWhoIsNotAMemberMayJoinAndAMemberMayNot() {
        Viewer anonymous = new Viewer(null, false, false, false, null, false, false, false);
        Viewer neighbour = new Viewer(8L, true, true, true, null, false, false, false);
        Viewer member = new Viewer(8L, true, true, true, MemberRole.MEMBER, false, false, false);
        Viewer stranger = new Viewer(9L, true, false, false, null, false, false, false);
        assertThat(anonymous.mayJoin()).isFalse();
        assertThat(anonymous.is(8)).isFalse();
        assertThat(neighbour.mayJoin()).isTrue();
        assertThat(neighbour.joined()).isFalse();
        assertThat(member.mayJoin()).isFalse();
        assertThat(member.joined()).isTrue();
        assertThat(member.is(8)).isTrue();
        assertThat(member.is(9)).isFalse();
        assertThat(stranger.mayJoin()).isFalse();
    }

    @Test
    void whoOrganises() {
        assertThat(MemberRole.INITIATOR.organises()).isTrue();
        assertThat(MemberRole.CO_ORGANISER.organises()).isTrue();
        assertThat(MemberRole.MEMBER.organises()).isFalse();
    }

    @Test
    void residentsTakePartUntilItIsCompletedOrAbandoned() {
        for (InitiativeStatus status : InitiativeStatus.values()) {
            Initiative initiative = InitiativeRulesTests.initiative();
            moveTo(initiative, status);
            assertThat(initiative.isOpen()).as(status.name())
                    .isEqualTo(status != InitiativeStatus.COMPLETED && status != InitiativeStatus.ABANDONED);
        }
    }

    private static void moveTo(Initiative initiative, InitiativeStatus status) {
        switch (status) {
            case IDEA -> { }
            case GATHERING -> initiative.moveTo(InitiativeStatus.GATHERING, null, InitiativeRulesTests.NOW);
            case ACTIVE -> initiative.moveTo(InitiativeStatus.ACTIVE, null, InitiativeRulesTests.NOW);
            case COMPLETED -> {
                initiative.moveTo(InitiativeStatus.ACTIVE, null, InitiativeRulesTests.NOW);
                initiative.moveTo(InitiativeStatus.COMPLETED, null, InitiativeRulesTests.NOW);
            }
            case ABANDONED -> initiative.moveTo(InitiativeStatus.ABANDONED, "Plus de local", InitiativeRulesTests.NOW);
        }
    }

    @Test
    void activityNeverGoesBackInTime() {
        Initiative initiative = InitiativeRulesTests.initiative();
        initiative.touch(InitiativeRulesTests.NOW.plusSeconds(60));
        initiative.touch(InitiativeRulesTests.NOW);
        assertThat(initiative.getLastActivityAt()).isEqualTo(InitiativeRulesTests.NOW.plusSeconds(60));
    }

    @Test
    void aBlankPlaceLabelIsNoLabel() {
        Initiative initiative = InitiativeRulesTests.initiative();
        initiative.placeAt(null, "   ", 2.35, 48.85);
        assertThat(initiative.getPlaceLabel()).isNull();
        initiative.placeAt("addr-1", " Square des Tilleuls ", 2.35, 48.85);
        assertThat(initiative.getPlaceLabel()).isEqualTo("Square des Tilleuls");
        assertThat(initiative.getPlaceAddressId()).isEqualTo("addr-1");
    }

    @Test
    void aNeedKeepsItsLabelStrippedAndItsDay() {
        Need need = new Need(1, NeedKind.PEOPLE, "  Des bras  ", 4, LocalDate.of(2026, 6, 6), InitiativeRulesTests.NOW);
        assertThat(need.getLabel()).isEqualTo("Des bras");
        assertThat(need.getNeededOn()).isEqualTo(LocalDate.of(2026, 6, 6));
    }
}
