package org.voisinage.neighbourhood.internal;

import java.util.List;
import org.voisinage.neighbourhood.PerimeterPreview;
import org.voisinage.neighbourhood.internal.PerimeterPolygon.Position;

/**
 * Draws a perimeter as an SVG path, without map tiles: an equirectangular projection where longitudes are
 * shrunk by the cosine of the mean latitude, so that a square block looks square at 45° north. The longer
 * side spans {@value #SIZE} units of the view box; north is up.
 */
public final class PerimeterSvg {

    static final double SIZE = 1000;
    private static final double MARGIN = 20;

    private PerimeterSvg() {}

    public static PerimeterPreview preview(PerimeterPolygon polygon) {
        List<Position> outer = polygon.outerRing();
        double minLon = outer.stream().mapToDouble(Position::longitude).min().orElseThrow();
        double maxLon = outer.stream().mapToDouble(Position::longitude).max().orElseThrow();
        double minLat = outer.stream().mapToDouble(Position::latitude).min().orElseThrow();
        double maxLat = outer.stream().mapToDouble(Position::latitude).max().orElseThrow();
        double shrink = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double width = (maxLon - minLon) * shrink;
        double height = maxLat - minLat;
        double scale = SIZE / Math.max(Math.max(width, height), 1e-12);

        StringBuilder path = new StringBuilder();
        for (List<Position> ring : polygon.rings()) {
            for (int i = 0; i < ring.size() - 1; i++) {
                Position p = ring.get(i);
                double x = (p.longitude() - minLon) * shrink * scale;
                double y = (maxLat - p.latitude()) * scale;
                path.append(i == 0 ? "M" : "L").append(number(x)).append(',').append(number(y)).append(' ');
            }
            path.append("Z ");
        }
        String viewBox = String.join(" ", number(-MARGIN), number(-MARGIN), number(width * scale + 2 * MARGIN),
                number(height * scale + 2 * MARGIN));
        return new PerimeterPreview(viewBox, path.toString().trim());
    }

    /** One decimal is a thousandth of the drawing; String.format would be ten times slower on 5,000 positions. */
    private static String number(double value) {
        long tenths = Math.round(value * 10);
        String sign = tenths < 0 ? "-" : "";
        long abs = Math.abs(tenths);
        return sign + (abs / 10) + "." + (abs % 10);
    }
}
