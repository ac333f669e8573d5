package org.voisinage.neighbourhood;

/** A neighbourhood and its distance, centre to centre, from another one. */
public record NearbyNeighbourhood(NeighbourhoodSummary neighbourhood, double km) {

    public long id() {
        return neighbourhood.id();
    }
}
