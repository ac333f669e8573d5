package org.voisinage.organisation;

import java.util.Set;

/** An organisation as its pages show it. */
record OrganisationView(long id, String slug, String name, OrganisationKind kind, long territoryId, Long neighbourhoodId,
        String description, String address, String openingHours, String phone, String email, String website,
        boolean hidden, String hiddenReason, long version, Set<Long> members) {

    static OrganisationView of(Organisation o) {
        return new OrganisationView(o.getId(), o.getSlug(), o.getName(), o.getKind(), o.getTerritoryId(),
                o.getNeighbourhoodId(), o.getDescription(), o.getAddress(), o.getOpeningHours(), o.getPhone(),
                o.getEmail(), o.getWebsite(), o.isHidden(), o.getHiddenReason(), o.getVersion(), o.getMembers());
    }

    /** One line of the opening hours: "Mardi – samedi : 7 h – 19 h" is {"Mardi – samedi", "7 h – 19 h"}. */
    public record HoursLine(String days, String hours) {}

    /**
     * The opening hours line by line, split at the first colon so the page can show them as a table of days and
     * hours; a line without a colon is kept whole (as {@code hours}).
     */
    public java.util.List<HoursLine> hoursLines() {
        if (openingHours == null) {
            return java.util.List.of();
        }
        return openingHours.lines().map(String::strip).filter(line -> !line.isEmpty()).map(line -> {
            int colon = line.indexOf(':');
            return colon > 0 && colon < line.length() - 1
                    ? new HoursLine(line.substring(0, colon).strip(), line.substring(colon + 1).strip())
                    : new HoursLine(null, line);
        }).toList();
    }

    /** The phone number as a tel: link target (digits and a leading +). */
    public String phoneLink() {
        return phone == null ? null : "tel:" + phone.replaceAll("[^+0-9]", "");
    }
}
