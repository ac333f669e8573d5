package org.voisinage.neighbourhood;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.common.NotFoundException;

/** The neighbourhood module's API for other modules: lookups by slug, id and position. */
@Service
@Transactional(readOnly = true)
public class Neighbourhoods {

    private final NeighbourhoodRepository neighbourhoods;

    Neighbourhoods(NeighbourhoodRepository neighbourhoods) {
        this.neighbourhoods = neighbourhoods;
    }

    public NeighbourhoodSummary get(long id) {
        return neighbourhoods.findById(id).map(NeighbourhoodSummary::of)
                .orElseThrow(() -> new NotFoundException("neighbourhood", id));
    }

    public NeighbourhoodSummary getBySlug(String slug) {
        return neighbourhoods.findBySlug(slug).map(NeighbourhoodSummary::of)
                .orElseThrow(() -> new NotFoundException("neighbourhood", slug));
    }

    public List<NeighbourhoodSummary> all() {
        return neighbourhoods.findAllByOrderByTerritoryNameAscNameAsc().stream().map(NeighbourhoodSummary::of).toList();
    }

    /** The neighbourhood whose perimeter contains the point; when perimeters overlap, the oldest wins. */
    public Optional<NeighbourhoodSummary> containing(double longitude, double latitude) {
        return neighbourhoods.findIdsContaining(longitude, latitude).stream().findFirst().map(this::get);
    }
}
