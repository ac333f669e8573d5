package org.voisinage.neighbourhood.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.voisinage.common.Refusal;
import org.voisinage.neighbourhood.internal.PerimeterPolygon.Position;

class GeoJsonPerimetersTests {

    /** Gratte-Ciel, Villeurbanne, as a bare Polygon. */
    static final String RING = "[[4.875,45.762],[4.890,45.762],[4.890,45.772],[4.875,45.772],[4.875,45.762]]";
    static final String POLYGON = "{\"type\":\"Polygon\",\"coordinates\":[" + RING + "]}";
    static final String NORMALISED =
            "{\"type\":\"Polygon\",\"coordinates\":[[[4.875,45.762],[4.89,45.762],[4.89,45.772],[4.875,45.772],[4.875,45.762]]]}";

    @Test
    void acceptsABarePolygon() {
        PerimeterPolygon polygon = GeoJsonPerimeters.parse(POLYGON);
        assertThat(polygon.rings()).hasSize(1);
        assertThat(polygon.outerRing()).hasSize(5).startsWith(new Position(4.875, 45.762));
        assertThat(polygon.toGeoJson()).isEqualTo(NORMALISED);
    }

    @Test
    void acceptsAFeatureOfAPolygon() {
        String feature = "{\"type\":\"Feature\",\"properties\":{\"name\":\"Gratte-Ciel\"},\"geometry\":" + POLYGON + "}";
        assertThat(GeoJsonPerimeters.parse(feature).toGeoJson()).isEqualTo(NORMALISED);
    }

    @Test
    void acceptsWhatGeojsonIoExports() {
        String exported = """
                {
                  "type": "FeatureCollection",
                  "features": [
                    {
                      "type": "Feature",
                      "properties": {},
                      "geometry": {
                        "coordinates": [%s],
                        "type": "Polygon"
                      }
                    }
                  ]
                }
                """.formatted(RING);
        assertThat(GeoJsonPerimeters.parse(exported).toGeoJson()).isEqualTo(NORMALISED);
    }

    @Test
    void acceptsAMultiPolygonOfOnePolygon() {
        String multi = "{\"type\":\"MultiPolygon\",\"coordinates\":[[" + RING + "]]}";
        assertThat(GeoJsonPerimeters.parse(multi).toGeoJson()).isEqualTo(NORMALISED);
    }

    @Test
    void acceptsAFeatureOfAMultiPolygonOfOnePolygon() {
        String feature = "{\"type\":\"Feature\",\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[[" + RING + "]]}}";
        assertThat(GeoJsonPerimeters.parse(feature).toGeoJson()).isEqualTo(NORMALISED);
    }

    @Test
    void closesAnOpenRing() {
        String open = "{\"type\":\"Polygon\",\"coordinates\":[[[4.875,45.762],[4.890,45.762],[4.890,45.772],[4.875,45.772]]]}";
        assertThat(GeoJsonPerimeters.parse(open).toGeoJson()).isEqualTo(NORMALISED);
    }

    @Test
    void keepsHolesAndDropsAltitudes() {
        String withHole = "{\"type\":\"Polygon\",\"coordinates\":[[[4.875,45.762,170],[4.890,45.762,170],[4.890,45.772,170],"
                + "[4.875,45.772,170],[4.875,45.762,170]],[[4.88,45.765],[4.885,45.765],[4.885,45.768],[4.88,45.765]]]}";
        PerimeterPolygon polygon = GeoJsonPerimeters.parse(withHole);
        assertThat(polygon.rings()).hasSize(2);
        assertThat(polygon.toGeoJson()).startsWith(NORMALISED.substring(0, NORMALISED.length() - 2) + ",[[4.88,45.765]")
                .doesNotContain("170");
    }

    @Test
    void refusesEmptyText() {
        assertRefused("   ", "neighbourhood.perimeter.required");
        assertRefused(null, "neighbourhood.perimeter.required");
    }

    @Test
    void refusesTextOver200Kilobytes() {
        String huge = POLYGON + " ".repeat(GeoJsonPerimeters.MAX_BYTES);
        assertRefused(huge, "neighbourhood.perimeter.tooLarge", 200);
    }

    @Test
    void refusesWhatIsNotJsonSayingWhere() {
        assertRefused("{\"type\": \"Polygon\",\n \"coordinates\": [[[4.8, 45.7],}", "neighbourhood.perimeter.notJson", 2, 31);
        // the column of the first character of what should not be there
        assertRefused(POLYGON + " trailing", "neighbourhood.perimeter.notJson", 1, POLYGON.length() + 2);
    }

    @Test
    void refusesJsonThatIsNotAnObject() {
        assertRefused(RING, "neighbourhood.perimeter.notObject");
        assertRefused("42", "neighbourhood.perimeter.notObject");
    }

    @Test
    void refusesAnObjectWithoutType() {
        assertRefused("{\"coordinates\":[" + RING + "]}", "neighbourhood.perimeter.noType");
    }

    @Test
    void refusesOtherGeometries() {
        assertRefused("{\"type\":\"LineString\",\"coordinates\":" + RING + "}", "neighbourhood.perimeter.wrongType", "LineString");
        assertRefused("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[4.8,45.7]}}",
                "neighbourhood.perimeter.wrongType", "Point");
        assertRefused("{\"type\":\"FeatureCollection\",\"features\":[" + POLYGON + "]}",
                "neighbourhood.perimeter.wrongType", "Polygon");
    }

    @Test
    void refusesFeatureCollectionsOfOtherThanOneFeature() {
        String feature = "{\"type\":\"Feature\",\"geometry\":" + POLYGON + "}";
        assertRefused("{\"type\":\"FeatureCollection\",\"features\":[]}", "neighbourhood.perimeter.featureCount", 0);
        assertRefused("{\"type\":\"FeatureCollection\",\"features\":[" + feature + "," + feature + "]}",
                "neighbourhood.perimeter.featureCount", 2);
    }

    @Test
    void refusesAFeatureWithoutGeometry() {
        assertRefused("{\"type\":\"Feature\",\"properties\":{},\"geometry\":null}", "neighbourhood.perimeter.noGeometry");
    }

    @Test
    void refusesMultiPolygonsOfSeveralPolygons() {
        assertRefused("{\"type\":\"MultiPolygon\",\"coordinates\":[[" + RING + "],[" + RING + "]]}",
                "neighbourhood.perimeter.multiPolygonCount", 2);
    }

    @Test
    void refusesMissingCoordinates() {
        assertRefused("{\"type\":\"Polygon\"}", "neighbourhood.perimeter.noCoordinates");
        assertRefused("{\"type\":\"Polygon\",\"coordinates\":[]}", "neighbourhood.perimeter.noCoordinates");
        assertRefused("{\"type\":\"Polygon\",\"coordinates\":\"4.8,45.7\"}", "neighbourhood.perimeter.noCoordinates");
    }

    @Test
    void refusesMalformedRingsAndPositions() {
        assertRefused("{\"type\":\"Polygon\",\"coordinates\":[" + RING + ",42]}", "neighbourhood.perimeter.badRing", 2);
        assertRefused("{\"type\":\"Polygon\",\"coordinates\":[[[4.875,45.762],[4.89],[4.89,45.772],[4.875,45.762]]]}",
                "neighbourhood.perimeter.badPosition", 1, 2);
        assertRefused("{\"type\":\"Polygon\",\"coordinates\":[[[4.875,45.762],[4.89,\"45.7\"],[4.89,45.772],[4.875,45.762]]]}",
                "neighbourhood.perimeter.badPosition", 1, 2);
    }

    @Test
    void refusesAnOuterRingWithFewerThanFourPositions() {
        assertRefused("{\"type\":\"Polygon\",\"coordinates\":[[[4.875,45.762],[4.89,45.762],[4.875,45.762]]]}",
                "neighbourhood.perimeter.ringTooShort", 1, 2);
        assertRefused("{\"type\":\"Polygon\",\"coordinates\":[[[4.875,45.762],[4.89,45.762]]]}",
                "neighbourhood.perimeter.ringTooShort", 1, 2);
    }

    @Test
    void refusesLongitudesAndLatitudesOutOfRange() {
        assertRefused("{\"type\":\"Polygon\",\"coordinates\":[[[4.875,45.762],[190.5,45.762],[4.89,45.772],[4.875,45.762]]]}",
                "neighbourhood.perimeter.longitude", 1, 2, "190.5");
        assertRefused("{\"type\":\"Polygon\",\"coordinates\":[[[4.875,45.762],[4.89,45.762],[4.89,-95.0],[4.875,45.762]]]}",
                "neighbourhood.perimeter.latitude", 1, 3, "-95.0");
    }

    @Test
    void refusesPositionsThatLookLatitudeFirstInFrance() {
        assertRefused("{\"type\":\"Polygon\",\"coordinates\":[[[45.762,4.875],[45.762,4.890],[45.772,4.890],[45.762,4.875]]]}",
                "neighbourhood.perimeter.swapped");
    }

    @Test
    void refusesMoreThanFiveThousandPositions() {
        StringBuilder ring = new StringBuilder("[");
        for (int i = 0; i < 5_001; i++) {
            ring.append(i == 0 ? "" : ",").append("[4.8").append(i % 10).append(",45.7").append(i % 7).append(']');
        }
        ring.append(']');
        assertRefused("{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}", "neighbourhood.perimeter.tooManyPositions",
                5_001, 5_000);
    }

    @Test
    void refusesAnOuterRingWithoutArea() {
        assertRefused("{\"type\":\"Polygon\",\"coordinates\":[[[4.875,45.762],[4.88,45.762],[4.89,45.762],[4.875,45.762]]]}",
                "neighbourhood.perimeter.flat");
    }

    private static void assertRefused(String text, String code, Object... arguments) {
        assertThatThrownBy(() -> GeoJsonPerimeters.parse(text))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.arguments()).containsExactly(arguments);
                });
    }
}
