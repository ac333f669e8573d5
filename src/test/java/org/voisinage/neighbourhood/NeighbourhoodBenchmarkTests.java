package org.voisinage.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.voisinage.neighbourhood.internal.GeoJsonPerimeters;
import org.voisinage.neighbourhood.internal.PerimeterSvg;

/**
 * How long checking a largest perimeter and finding the neighbourhood of a point take. Targets: parsing, checking and
 * drawing the largest perimeter allowed at most {@value #PERIMETER_TARGET_MICROS} µs; finding the neighbourhood of a
 * point among 2,000 at most {@value #LOOKUP_TARGET_MICROS} µs.
 * Run with {@code ./mvnw test -Pbenchmark -Dtest=NeighbourhoodBenchmarkTests}.
 */
@Tag("benchmark")
@SpringBootTest
@AutoConfigureMockMvc
class NeighbourhoodBenchmarkTests {

    static final double PERIMETER_TARGET_MICROS = 50_000;
    static final double LOOKUP_TARGET_MICROS = 10_000;

    @Autowired
    TerritoryAdministration administration;

    @Autowired
    Neighbourhoods neighbourhoods;

    @Test
    void parsingAndDrawingTheLargestPerimeterAllowed() {
        String circle = circle(4.88, 45.767, 0.01, GeoJsonPerimeters.MAX_POSITIONS - 1);
        for (int i = 0; i < 200; i++) {
            PerimeterSvg.preview(GeoJsonPerimeters.parse(circle));
        }
        int runs = 500;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            PerimeterSvg.preview(GeoJsonPerimeters.parse(circle));
        }
        double micros = (System.nanoTime() - start) / 1_000.0 / runs;
        System.out.printf(Locale.ROOT, "BENCHMARK parse, check and draw of %d positions (%d kB): %.0f µs each%n",
                GeoJsonPerimeters.MAX_POSITIONS, circle.length() / 1024, micros);
        assertThat(micros).as("µs to parse, check and draw").isLessThanOrEqualTo(PERIMETER_TARGET_MICROS);
    }

    @Test
    void findingTheNeighbourhoodOfAPointAmongTwoThousand() {
        // a 40 x 50 grid of 0.01° squares far from France, so other data never interferes
        long territory = administration.createTerritory(new TerritoryForm("Grid", TestPerimeters.unique("grid"),
                TerritoryKind.DISTRICT, null, null));
        List<double[]> centres = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            for (int j = 0; j < 50; j++) {
                double west = 100 + i * 0.01;
                double south = 10 + j * 0.01;
                administration.createNeighbourhood(territory, new NeighbourhoodForm("Grid " + i + "-" + j,
                        TestPerimeters.unique("grid-" + i + "-" + j), null,
                        TestPerimeters.rectangle(west, west + 0.01, south, south + 0.01), null));
                centres.add(new double[] {west + 0.005, south + 0.005});
            }
        }
        for (double[] c : centres) {
            assertThat(neighbourhoods.containing(c[0], c[1])).isPresent();
        }
        long start = System.nanoTime();
        for (double[] c : centres) {
            neighbourhoods.containing(c[0], c[1]);
        }
        double micros = (System.nanoTime() - start) / 1_000.0 / centres.size();
        System.out.printf(Locale.ROOT, "BENCHMARK containing() among %d perimeters: %.0f µs per lookup%n", centres.size(), micros);
        assertThat(micros).as("µs per lookup").isLessThanOrEqualTo(LOOKUP_TARGET_MICROS);
    }

    private static String circle(double lon, double lat, double radius, int corners) {
        StringBuilder ring = new StringBuilder();
        for (int i = 0; i < corners; i++) {
            double angle = 2 * Math.PI * i / corners;
            ring.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "[%.6f,%.6f]",
                    lon + radius * Math.cos(angle), lat + radius * Math.sin(angle)));
        }
        return "{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}";
    }
}
