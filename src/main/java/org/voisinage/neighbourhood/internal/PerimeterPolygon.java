package org.voisinage.neighbourhood.internal;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A checked perimeter: closed rings of (longitude, latitude) positions, the first ring being the outer
 * one. Inner rings (holes) are kept in the GeoJSON but the database only looks at the outer ring.
 */
public record PerimeterPolygon(List<List<Position>> rings) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public record Position(double longitude, double latitude) {}

    public PerimeterPolygon {
        rings = rings.stream().map(List::copyOf).toList();
    }

    public List<Position> outerRing() {
        return rings.get(0);
    }

    /** The normalised form stored in the database: a bare GeoJSON Polygon, longitude first, no altitude. */
    public String toGeoJson() {
        ObjectNode polygon = JSON.createObjectNode();
        polygon.put("type", "Polygon");
        ArrayNode coordinates = polygon.putArray("coordinates");
        for (List<Position> ring : rings) {
            ArrayNode positions = coordinates.addArray();
            for (Position p : ring) {
                positions.addArray().add(p.longitude()).add(p.latitude());
            }
        }
        return JSON.writeValueAsString(polygon);
    }
}
