package org.voisinage.account;

import java.time.Instant;

/** A moderator suspended ({@code until} set) or banned ({@code until} null) a resident. */
public record ResidentSanctioned(long residentId, Instant until, String reason) {}
