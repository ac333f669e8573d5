package org.voisinage.account;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.directory.AddressDirectory;
import org.voisinage.directory.AddressQuery;
import org.voisinage.directory.DirectoryAddress;
import org.voisinage.neighbourhood.NeighbourhoodSummary;
import org.voisinage.neighbourhood.Neighbourhoods;

/**
 * A resident who moves gives the new address: the same proofs apply there again (back to pending), and the old
 * neighbourhood's members-only content stops at once (viewers are read fresh on every request).
 */
@Service
public class Moves {

    private final ResidentRepository residents;
    private final AddressDirectory directory;
    private final Neighbourhoods neighbourhoods;
    private final ApplicationEventPublisher events;

    Moves(ResidentRepository residents, AddressDirectory directory, Neighbourhoods neighbourhoods,
            ApplicationEventPublisher events) {
        this.residents = residents;
        this.directory = directory;
        this.neighbourhoods = neighbourhoods;
        this.events = events;
    }

    /**
     * @return the neighbourhood of the new address
     * @throws Refusal invalid on {@code street}: not an address of the directory, or in no neighbourhood
     */
    @Transactional
    public NeighbourhoodSummary move(long residentId, AddressForm typed, MoveForm form) {
        Resident resident = residents.findById(residentId).orElseThrow(() -> new NotFoundException("resident", residentId));
        DirectoryAddress address = directory.match(new AddressQuery(typed.number(), typed.street(), typed.postcode(),
                        typed.town())).exact()
                .orElseThrow(() -> Refusal.invalid("street", "account.address.notFound"));
        NeighbourhoodSummary neighbourhood = neighbourhoods.containing(address.longitude(), address.latitude())
                .orElseThrow(() -> Refusal.invalid("street", "account.move.outside"));
        Long from = resident.getNeighbourhoodId();
        String flat = form.flat() == null || form.flat().isBlank() ? null : form.flat().strip();
        resident.livesAt(neighbourhood.id(), address.id(), address.street(), flat, resident.getMemberNumber());
        resident.unverify();
        events.publishEvent(new ResidentMoved(residentId, from, neighbourhood.id()));
        return neighbourhood;
    }
}
