package org.voisinage.exchange;

import java.time.LocalDate;

/** A listing as other pages list it (a resident's profile). */
public record ListingSummary(long id, String title, String kindLabelKey, boolean offer, String path,
        LocalDate expiresOn) {}
