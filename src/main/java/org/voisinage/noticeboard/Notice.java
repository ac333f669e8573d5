package org.voisinage.noticeboard;

import java.time.Instant;
import java.util.List;

/**
 * One line of a printed page: a title, a detail line (a message key of the giving module's bundle and its arguments;
 * an {@link Instant} argument is printed as the site's local date and time, a
 * {@link java.time.LocalDate} as a date), and the page's path, printed as a link
 * and a QR code.
 */
public record Notice(String title, String detailKey, List<Object> detailArgs, String path) {

    public Notice {
        detailArgs = List.copyOf(detailArgs);
    }
}
