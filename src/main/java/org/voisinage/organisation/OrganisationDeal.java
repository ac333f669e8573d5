package org.voisinage.organisation;

import java.time.LocalDate;

/** A shop's offer until an end date, shown in its neighbourhood's good-deals list. */
public record OrganisationDeal(long id, OrganisationSummary organisation, String title, String description,
        LocalDate startsOn, LocalDate endsOn) {}
