package org.voisinage.account;

import java.time.Instant;

/** How many people wait in one commune and postcode. */
public record WaitlistDemand(String town, String postcode, long people, Instant latest) {}
