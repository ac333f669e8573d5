package org.voisinage.neighbourhood;

import java.util.Locale;

/** Rectangular perimeters as GeoJSON, and slugs no other test uses. */
final class TestPerimeters {

    private TestPerimeters() {}

    static String rectangle(double west, double east, double south, double north) {
        return String.format(Locale.ROOT,
                "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}",
                west, south, east, south, east, north, west, north, west, south);
    }

    static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }
}
