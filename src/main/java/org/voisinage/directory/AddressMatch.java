package org.voisinage.directory;

import java.util.List;
import java.util.Optional;

/** The directory's answer to a typed address: the exact address, or up to five close suggestions. */
public record AddressMatch(Optional<DirectoryAddress> exact, List<DirectoryAddress> suggestions) {

    public static AddressMatch exactly(DirectoryAddress address) {
        return new AddressMatch(Optional.of(address), List.of());
    }

    public static AddressMatch suggest(List<DirectoryAddress> suggestions) {
        return new AddressMatch(Optional.empty(), List.copyOf(suggestions));
    }
}
