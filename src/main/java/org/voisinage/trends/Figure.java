package org.voisinage.trends;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * One figure of a trends table, shown or hidden. A count is shown only when it is 5 or more and none of the
 * neighbourhood-and-month counts it adds up is between 1 and 4: a hidden count then never enters a shown figure, so
 * no subtraction of shown figures (a total minus its other cells, a territory minus its other neighbourhoods) can
 * recover it. A median is shown when measured on 5 rows or more.
 *
 * @param value the count, or the median's number of days (only read when shown)
 */
public record Figure(double value, Display display) {

    public enum Display {
        SHOWN,
        /** Under 5: "< 5". */
        SMALL,
        /** 5 or more, but it adds up a count under 5 that it would give away. */
        MASKED
    }

    /** Counts under this are hidden. */
    public static final int THRESHOLD = 5;

    /** What tables, CSV and PDF write in place of a count under 5. */
    public static final String SMALL_TEXT = "< 5";

    public static Figure count(long value, boolean addsUpSmall) {
        if (value < THRESHOLD) {
            return new Figure(value, Display.SMALL);
        }
        return new Figure(value, addsUpSmall ? Display.MASKED : Display.SHOWN);
    }

    public static Figure median(long measured, double days) {
        return measured < THRESHOLD ? new Figure(0, Display.SMALL) : new Figure(days, Display.SHOWN);
    }

    public boolean shown() {
        return display == Display.SHOWN;
    }

    /** The count when shown, 0 otherwise: what a chart may draw. */
    public long drawn() {
        return shown() ? Math.round(value) : 0;
    }

    /**
     * The figure as written for people: the number in the locale (one decimal for days), "< 5", or the masked
     * text given (already translated).
     */
    public String text(Locale locale, String masked) {
        return switch (display) {
            case SMALL -> SMALL_TEXT;
            case MASKED -> masked;
            case SHOWN -> {
                NumberFormat format = NumberFormat.getNumberInstance(locale);
                format.setMaximumFractionDigits(1);
                format.setGroupingUsed(false);
                yield format.format(value);
            }
        };
    }
}
