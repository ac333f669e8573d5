package org.voisinage.initiative;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.voisinage.common.Refusal;
import org.voisinage.directory.AddressDirectory;
import org.voisinage.directory.AddressMatch;
import org.voisinage.directory.AddressQuery;
import org.voisinage.directory.DirectoryAddress;
import org.voisinage.neighbourhood.NeighbourhoodSummary;
import org.voisinage.neighbourhood.Neighbourhoods;

/** Where an initiative happens: a directory address, free text, or its neighbourhood's centre; and how pages name it. */
@Component
class InitiativePlaces {

    private final AddressDirectory directory;
    private final Neighbourhoods neighbourhoods;

    InitiativePlaces(AddressDirectory directory, Neighbourhoods neighbourhoods) {
        this.directory = directory;
        this.neighbourhoods = neighbourhoods;
    }

    /**
     * Places the initiative as proposed: an address picked among suggestions, a typed street matched in the
     * directory (within the neighbourhood's town unless a postcode is given), or free text at the neighbourhood's
     * centre.
     *
     * @throws Refusal (a {@link PlaceToPick} when the place must be picked among directory addresses)
     */
    void place(Initiative initiative, InitiativeForm form) {
        NeighbourhoodSummary neighbourhood = neighbourhoods.get(initiative.getNeighbourhoodId());
        Optional<DirectoryAddress> address = Optional.empty();
        if (!blank(form.placeAddressId())) {
            address = directory.find(form.placeAddressId().strip());
            if (address.isEmpty()) {
                throw Refusal.invalid("placeStreet", "initiative.place.unknown");
            }
        } else if (!blank(form.placeStreet())) {
            String postcode = blank(form.placePostcode()) ? null : form.placePostcode().strip();
            AddressMatch match = directory.match(new AddressQuery(null, form.placeStreet(), postcode,
                    postcode == null ? neighbourhood.territoryName() : null));
            if (match.exact().isEmpty()) {
                throw new PlaceToPick(match.suggestions());
            }
            address = match.exact();
        }
        if (address.isPresent()) {
            DirectoryAddress a = address.get();
            initiative.placeAt(a.id(), blank(form.placeText()) ? a.label() : form.placeText(), a.longitude(),
                    a.latitude());
        } else {
            double[] centre = neighbourhoods.centre(neighbourhood.id()).orElse(new double[] {0, 0});
            initiative.placeAt(null, form.placeText(), centre[0], centre[1]);
        }
    }

    /** The directory's label of the initiative's address, or null. */
    String addressLabel(Initiative initiative) {
        return initiative.getPlaceAddressId() == null ? null
                : directory.find(initiative.getPlaceAddressId()).map(DirectoryAddress::label).orElse(null);
    }

    String neighbourhoodName(Initiative initiative) {
        return neighbourhoods.get(initiative.getNeighbourhoodId()).name();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
