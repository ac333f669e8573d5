package org.voisinage.account;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.common.NotFoundException;

/** The account module's API for other modules: who people are, and the members of a neighbourhood. */
@Service
@Transactional(readOnly = true)
public class Residents {

    private final ResidentRepository residents;

    Residents(ResidentRepository residents) {
        this.residents = residents;
    }

    public Optional<ResidentView> find(long id) {
        return residents.findById(id).map(ResidentView::of);
    }

    public ResidentView get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("resident", id));
    }

    public long countMembers(long neighbourhoodId) {
        return residents.countByNeighbourhoodIdAndStatus(neighbourhoodId, ResidentStatus.VERIFIED);
    }

    public List<ResidentView> members(long neighbourhoodId) {
        return residents.findByNeighbourhoodIdAndStatusOrderByDisplayNameAsc(neighbourhoodId, ResidentStatus.VERIFIED)
                .stream().map(ResidentView::of).toList();
    }
}
