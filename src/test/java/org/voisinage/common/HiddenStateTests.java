package org.voisinage.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The one hidden state of moderated content: since when and why, nothing while visible. */
class HiddenStateTests {

    static final Instant NOW = Instant.parse("2026-03-14T09:30:00Z");

    @Test
    void hidingKeepsWhenAndWhyAndRestoringForgetsBoth() {
        HiddenState state = new HiddenState();
        assertThat(state.isHidden()).isFalse();
        assertThat(state.reason()).isNull();
        assertThat(state.hiddenAt()).isNull();

        state.hide("  Propos déplacés ", NOW);
        assertThat(state.isHidden()).isTrue();
        assertThat(state.reason()).isEqualTo("Propos déplacés");
        assertThat(state.hiddenAt()).isEqualTo(NOW);

        state.restore();
        assertThat(state.isHidden()).isFalse();
        assertThat(state.reason()).isNull();
        assertThat(state.hiddenAt()).isNull();
    }

    /** Pages show the reason to the author whenever it is hidden: a blank one still says something. */
    @Test
    void aBlankReasonStillHidesWithAPlaceholder() {
        HiddenState state = new HiddenState();
        state.hide(null, NOW);
        assertThat(state.isHidden()).isTrue();
        assertThat(state.reason()).isEqualTo("-");
        state.hide(" ", NOW);
        assertThat(state.reason()).isEqualTo("-");
    }

    @Test
    void hidingNeedsAnInstant() {
        assertThatNullPointerException().isThrownBy(() -> new HiddenState().hide("spam", null));
    }

    /** Hibernate loads the null columns of content never hidden as a null embeddable. */
    @Test
    void aStateLoadedAsNullReadsAsVisible() {
        assertThat(HiddenState.orVisible(null).isHidden()).isFalse();
        HiddenState hidden = new HiddenState();
        hidden.hide("spam", NOW);
        assertThat(HiddenState.orVisible(hidden)).isSameAs(hidden);
    }

    @Test
    void anEntityReadsItsStateThroughHideable() {
        Hideable row = new Hideable() {
            private HiddenState hidden;

            @Override
            public HiddenState hiddenState() {
                return hidden = HiddenState.orVisible(hidden);
            }
        };
        assertThat(row.isHidden()).isFalse();
        row.hide("doublon", NOW);
        assertThat(row.isHidden()).isTrue();
        assertThat(row.getHiddenReason()).isEqualTo("doublon");
        assertThat(row.getHiddenAt()).isEqualTo(NOW);
        row.restore();
        assertThat(row.isHidden()).isFalse();
        assertThat(row.getHiddenReason()).isNull();
    }
}
