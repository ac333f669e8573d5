package org.voisinage.neighbourhood.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.voisinage.common.Refusal;
import org.voisinage.neighbourhood.internal.PerimeterPolygon.Position;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a perimeter pasted by staff. Accepts what mapping tools export: a Polygon, a Feature of a Polygon,
 * a FeatureCollection of exactly one such Feature (geojson.io), or a MultiPolygon of exactly one polygon.
 * Rings left open are closed by repeating their first position. Anything else is refused with a message
 * key saying what is wrong, and where.
 */
public final class GeoJsonPerimeters {

    public static final int MAX_BYTES = 200 * 1024;
    public static final int MAX_POSITIONS = 5_000;

    private static final String PREFIX = "neighbourhood.perimeter.";
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private GeoJsonPerimeters() {}

    /** The perimeter the text describes, or an invalid {@link Refusal} (on no field) naming the first problem. */
    public static PerimeterPolygon parse(String text) {
        if (text == null || text.isBlank()) {
            throw refusal("required");
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw refusal("tooLarge", MAX_BYTES / 1024);
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            TokenStreamLocation where = e.getLocation();
            throw where == null ? refusal("notJson", 0, 0)
                    : refusal("notJson", where.getLineNr(), where.getColumnNr());
        }
        if (root == null || !root.isObject()) {
            throw refusal("notObject");
        }
        PerimeterPolygon polygon = new PerimeterPolygon(rings(polygonCoordinates(root)));
        if (looksSwapped(polygon.outerRing())) {
            throw refusal("swapped");
        }
        if (Math.abs(signedArea(polygon.outerRing())) < 1e-12) {
            throw refusal("flat");
        }
        return polygon;
    }

    /** The coordinates array of the one polygon the object holds, whatever wraps it. */
    private static JsonNode polygonCoordinates(JsonNode object) {
        String type = typeOf(object);
        switch (type) {
            case "Polygon":
                return coordinates(object);
            case "MultiPolygon": {
                JsonNode polygons = coordinates(object);
                if (polygons.size() != 1) {
                    throw refusal("multiPolygonCount", polygons.size());
                }
                JsonNode only = polygons.get(0);
                if (!only.isArray() || only.isEmpty()) {
                    throw refusal("noCoordinates");
                }
                return only;
            }
            case "Feature": {
                JsonNode geometry = object.get("geometry");
                if (geometry == null || !geometry.isObject()) {
                    throw refusal("noGeometry");
                }
                String geometryType = typeOf(geometry);
                if (!geometryType.equals("Polygon") && !geometryType.equals("MultiPolygon")) {
                    throw refusal("wrongType", geometryType);
                }
                return polygonCoordinates(geometry);
            }
            case "FeatureCollection": {
                JsonNode features = object.get("features");
                int count = features != null && features.isArray() ? features.size() : 0;
                if (count != 1) {
                    throw refusal("featureCount", count);
                }
                JsonNode feature = features.get(0);
                if (!feature.isObject() || !"Feature".equals(typeOf(feature))) {
                    throw refusal("wrongType", feature.isObject() ? typeOf(feature) : "?");
                }
                return polygonCoordinates(feature);
            }
            default:
                throw refusal("wrongType", type);
        }
    }

    private static String typeOf(JsonNode object) {
        JsonNode type = object.get("type");
        if (type == null || !type.isString()) {
            throw refusal("noType");
        }
        return type.stringValue();
    }

    private static JsonNode coordinates(JsonNode geometry) {
        JsonNode coordinates = geometry.get("coordinates");
        if (coordinates == null || !coordinates.isArray() || coordinates.isEmpty()) {
            throw refusal("noCoordinates");
        }
        return coordinates;
    }

    private static List<List<Position>> rings(JsonNode coordinates) {
        int total = 0;
        for (JsonNode ring : coordinates) {
            total += ring.isArray() ? ring.size() : 0;
        }
        if (total > MAX_POSITIONS) {
            throw refusal("tooManyPositions", total, MAX_POSITIONS);
        }
        List<List<Position>> rings = new ArrayList<>();
        int ringNumber = 0;
        for (JsonNode ring : coordinates) {
            ringNumber++;
            if (!ring.isArray()) {
                throw refusal("badRing", ringNumber);
            }
            rings.add(ring(ring, ringNumber));
        }
        return rings;
    }

    private static List<Position> ring(JsonNode ring, int ringNumber) {
        List<Position> positions = new ArrayList<>();
        int positionNumber = 0;
        for (JsonNode position : ring) {
            positionNumber++;
            positions.add(position(position, ringNumber, positionNumber));
        }
        // GeoJSON wants the first position repeated at the end; tools sometimes forget, so we close the ring
        if (!positions.isEmpty() && !positions.get(0).equals(positions.get(positions.size() - 1))) {
            positions.add(positions.get(0));
        }
        if (positions.size() < 4) {
            throw refusal("ringTooShort", ringNumber, Math.max(0, positions.size() - 1));
        }
        return positions;
    }

    private static Position position(JsonNode position, int ringNumber, int positionNumber) {
        if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
            throw refusal("badPosition", ringNumber, positionNumber);
        }
        double longitude = position.get(0).doubleValue();
        double latitude = position.get(1).doubleValue();
        if (!(longitude >= -180 && longitude <= 180)) {
            throw refusal("longitude", ringNumber, positionNumber, String.valueOf(longitude));
        }
        if (!(latitude >= -90 && latitude <= 90)) {
            throw refusal("latitude", ringNumber, positionNumber, String.valueOf(latitude));
        }
        return new Position(longitude, latitude);
    }

    /**
     * Latitude first is the usual mistake. Every position falling where metropolitan France would be
     * with its axes swapped (41–52 "longitude", -6–10 "latitude", which is the Indian Ocean off Somalia)
     * is taken for it.
     */
    private static boolean looksSwapped(List<Position> ring) {
        return ring.stream().allMatch(p -> p.longitude() >= 41 && p.longitude() <= 52
                && p.latitude() >= -6 && p.latitude() <= 10);
    }

    private static double signedArea(List<Position> ring) {
        double sum = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            Position a = ring.get(i);
            Position b = ring.get(i + 1);
            sum += a.longitude() * b.latitude() - b.longitude() * a.latitude();
        }
        return sum / 2;
    }

    private static Refusal refusal(String what, Object... arguments) {
        return Refusal.invalid(null, PREFIX + what, arguments);
    }
}
