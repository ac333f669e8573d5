package org.voisinage.directory;

/** An address as a person typed it. {@code number} may carry "bis"/"ter" ("12 bis", "12B"). */
public record AddressQuery(String number, String street, String postcode, String town) {}
