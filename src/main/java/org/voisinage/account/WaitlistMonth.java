package org.voisinage.account;

import java.time.YearMonth;

/** How many people joined the waiting list in one commune and postcode, in a month. */
public record WaitlistMonth(String town, String postcode, YearMonth month, long people) {}
