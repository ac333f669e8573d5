package org.voisinage.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voisinage.common.Refusal;

/** When a series' dates fall, and its bounds. */
class SeriesRuleTests {

    /** A first Saturday of the month. */
    private static final LocalDate FIRST_SATURDAY = LocalDate.of(2027, 1, 2);

    @Test
    void weeklyDatesFallOnTheSameWeekdayUntilTheCount() {
        LocalDate tuesday = LocalDate.of(2027, 3, 23);
        List<LocalDate> dates = SeriesRule.from(Repetition.WEEKLY, tuesday).dates(tuesday, 4, null);
        assertThat(dates).containsExactly(tuesday, LocalDate.of(2027, 3, 30), LocalDate.of(2027, 4, 6),
                LocalDate.of(2027, 4, 13));
        assertThat(SeriesRule.from(Repetition.WEEKLY, tuesday).rrule(4)).isEqualTo("FREQ=WEEKLY;BYDAY=TU;COUNT=4");
    }

    @Test
    void monthlyDatesAreEveryFirstSaturdayUntilTheLastDate() {
        SeriesRule rule = SeriesRule.from(Repetition.MONTHLY, FIRST_SATURDAY);
        List<LocalDate> dates = rule.dates(FIRST_SATURDAY, null, LocalDate.of(2027, 6, 5));
        assertThat(dates).containsExactly(LocalDate.of(2027, 1, 2), LocalDate.of(2027, 2, 6), LocalDate.of(2027, 3, 6),
                LocalDate.of(2027, 4, 3), LocalDate.of(2027, 5, 1), LocalDate.of(2027, 6, 5));
        assertThat(dates).allMatch(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY && d.getDayOfMonth() <= 7);
        assertThat(rule.rrule(dates.size())).isEqualTo("FREQ=MONTHLY;BYDAY=1SA;COUNT=6");
    }

    @Test
    void aFifthWeekdayRepeatsAsTheLastOfEachMonth() {
        LocalDate fifthFriday = LocalDate.of(2027, 1, 29);
        SeriesRule rule = SeriesRule.from(Repetition.MONTHLY, fifthFriday);
        assertThat(rule.weekOfMonth()).isEqualTo(-1);
        assertThat(rule.dates(fifthFriday, 3, null)).containsExactly(fifthFriday, LocalDate.of(2027, 2, 26),
                LocalDate.of(2027, 3, 26));
        assertThat(rule.rrule(3)).isEqualTo("FREQ=MONTHLY;BYDAY=-1FR;COUNT=3");
    }

    @Test
    void aSeriesIsBoundedAndNeedsOneEnd() {
        SeriesRule weekly = SeriesRule.from(Repetition.WEEKLY, FIRST_SATURDAY);
        assertThat(weekly.dates(FIRST_SATURDAY, null, FIRST_SATURDAY.plusMonths(12))).hasSize(53);
        assertThatThrownBy(() -> weekly.dates(FIRST_SATURDAY, null, null)).isInstanceOf(Refusal.class)
                .hasFieldOrPropertyWithValue("code", "agenda.repeat.endRequired");
        assertThatThrownBy(() -> weekly.dates(FIRST_SATURDAY, 4, FIRST_SATURDAY.plusWeeks(4))).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> weekly.dates(FIRST_SATURDAY, 54, null)).isInstanceOf(Refusal.class)
                .hasFieldOrPropertyWithValue("code", "agenda.repeat.countRange");
        assertThatThrownBy(() -> weekly.dates(FIRST_SATURDAY, 1, null)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> weekly.dates(FIRST_SATURDAY, null, FIRST_SATURDAY.plusMonths(13)))
                .isInstanceOf(Refusal.class).hasFieldOrPropertyWithValue("code", "agenda.repeat.untilRange");
        assertThatThrownBy(() -> weekly.dates(FIRST_SATURDAY, null, FIRST_SATURDAY.plusDays(3)))
                .isInstanceOf(Refusal.class);
    }
}
