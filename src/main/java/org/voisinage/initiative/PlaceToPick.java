package org.voisinage.initiative;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.voisinage.directory.DirectoryAddress;

/** The typed place is not an exact directory address: the form offers these to pick from (maybe none). */
public class PlaceToPick extends InitiativeRefused {

    private final transient List<DirectoryAddress> suggestions;

    PlaceToPick(List<DirectoryAddress> suggestions) {
        super("placeStreet", suggestions.isEmpty() ? "initiative.place.unknown" : "initiative.place.pick",
                HttpStatus.BAD_REQUEST);
        this.suggestions = List.copyOf(suggestions);
    }

    public List<DirectoryAddress> suggestions() {
        return suggestions;
    }
}
