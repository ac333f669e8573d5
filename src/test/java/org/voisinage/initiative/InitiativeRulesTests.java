package org.voisinage.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.voisinage.common.Refusal;

/** The rules on the entities: status transitions, needs and offers, the comment edit window. */
class InitiativeRulesTests {

    static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    static Initiative initiative() {
        return new Initiative(1, "Composteur", "Un composteur", "Un composteur", InitiativeTheme.ECOLOGY, 7, null,
                "Camille", NOW);
    }

    @Test
    void statusGoesForwardOnlyAndEndsAreFinal() {
        assertThat(InitiativeStatus.IDEA.canMoveTo(InitiativeStatus.GATHERING)).isTrue();
        assertThat(InitiativeStatus.IDEA.canMoveTo(InitiativeStatus.ACTIVE)).isTrue();
        assertThat(InitiativeStatus.IDEA.canMoveTo(InitiativeStatus.COMPLETED)).isFalse();
        assertThat(InitiativeStatus.ACTIVE.canMoveTo(InitiativeStatus.GATHERING)).isFalse();
        assertThat(InitiativeStatus.ACTIVE.canMoveTo(InitiativeStatus.COMPLETED)).isTrue();
        for (InitiativeStatus next : InitiativeStatus.values()) {
            assertThat(InitiativeStatus.COMPLETED.canMoveTo(next)).isFalse();
            assertThat(InitiativeStatus.ABANDONED.canMoveTo(next)).isFalse();
        }
    }

    @Test
    void abandoningNeedsAReasonAndMovingOnCountsAsActivity() {
        Initiative initiative = initiative();
        assertThatThrownBy(() -> initiative.moveTo(InitiativeStatus.COMPLETED, null, NOW))
                .hasMessage("initiative.status.notAllowed");
        assertThatThrownBy(() -> initiative.moveTo(InitiativeStatus.ABANDONED, "  ", NOW))
                .hasMessage("initiative.status.reasonRequired");
        initiative.moveTo(InitiativeStatus.GATHERING, null, NOW.plusSeconds(60));
        assertThat(initiative.getStatus()).isEqualTo(InitiativeStatus.GATHERING);
        assertThat(initiative.getLastActivityAt()).isEqualTo(NOW.plusSeconds(60));
        initiative.moveTo(InitiativeStatus.ABANDONED, " Plus de local ", NOW.plusSeconds(120));
        assertThat(initiative.getAbandonReason()).isEqualTo("Plus de local");
        assertThat(initiative.isOpen()).isFalse();
    }

    @Test
    void aNeedNeedsAPositiveQuantityAndSaysWhatIsMissing() {
        assertThatThrownBy(() -> new Need(1, NeedKind.MATERIAL, "Palettes", 0, null, NOW))
                .hasMessage("initiative.need.quantity.positive");
        assertThatThrownBy(() -> new Need(1, NeedKind.MATERIAL, "Palettes", -3, null, NOW))
                .isInstanceOf(Refusal.class);
        Need need = new Need(1, NeedKind.MATERIAL, "Palettes", 5, null, NOW);
        assertThat(need.missing(0)).isEqualTo(5);
        assertThat(need.missing(3)).isEqualTo(2);
        assertThat(need.missing(7)).isZero();
        assertThat(need.isFilledBy(4)).isFalse();
        assertThat(need.isFilledBy(5)).isTrue();
    }

    @Test
    void anOfferIsDecidedOnce() {
        assertThatThrownBy(() -> new Offer(5, 1, 2, "Hugo", 0, null, NOW))
                .hasMessage("initiative.offer.quantity.positive");
        Offer offer = new Offer(5, 1, 2, "Hugo", 1, "  ", NOW);
        assertThat(offer.getNote()).isNull();
        offer.decide(true, NOW);
        assertThat(offer.getStatus()).isEqualTo(OfferStatus.ACCEPTED);
        assertThatThrownBy(() -> offer.decide(false, NOW)).hasMessage("initiative.offer.alreadyDecided");
    }

    @Test
    void aCommentIsEditableByItsAuthorForFifteenMinutes() {
        Comment comment = new Comment(1, 7, "Camille", "Bonjour", NOW);
        assertThat(comment.isEditableBy(7, NOW.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(comment.isEditableBy(8, NOW)).isFalse();
        assertThat(comment.isEditableBy(7, NOW.plus(Duration.ofMinutes(15)))).isFalse();
        assertThatThrownBy(() -> comment.edit(8, "Piraté", NOW)).hasMessage("initiative.comment.notYours");
        assertThatThrownBy(() -> comment.edit(7, "Trop tard", NOW.plus(Duration.ofMinutes(16))))
                .hasMessage("initiative.comment.editTooLate");
        comment.edit(7, "Bonjour à tous", NOW.plus(Duration.ofMinutes(5)));
        assertThat(comment.getBody()).isEqualTo("Bonjour à tous");
        assertThat(comment.getEditedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    void aCoOrganiserIsNamedAmongMembersAndAnInitiatorStaysOne() {
        Membership member = new Membership(1, 2, "Hugo", MemberRole.MEMBER, NOW);
        member.makeCoOrganiser();
        assertThat(member.getRole()).isEqualTo(MemberRole.CO_ORGANISER);
        Membership initiator = new Membership(1, 3, "Camille", MemberRole.INITIATOR, NOW);
        initiator.makeCoOrganiser();
        assertThat(initiator.getRole()).isEqualTo(MemberRole.INITIATOR);
        assertThat(MemberRole.MEMBER.organises()).isFalse();
    }
}
