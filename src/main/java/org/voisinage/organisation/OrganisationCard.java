package org.voisinage.organisation;

/** One organisation in the directory list: where it is and how many neighbours recommend it. */
record OrganisationCard(OrganisationView organisation, String place, long recommendations) {}
