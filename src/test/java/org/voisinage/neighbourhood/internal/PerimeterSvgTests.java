package org.voisinage.neighbourhood.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.voisinage.neighbourhood.PerimeterPreview;

class PerimeterSvgTests {

    @Test
    void drawsTheOuterRingNorthUpWithLongitudesShrunkByTheLatitude() {
        // 0.015° of longitude by 0.010° of latitude at 45.767°N: about 1,165 m wide by 1,112 m high
        PerimeterPreview preview = PerimeterSvg.preview(GeoJsonPerimeters.parse(GeoJsonPerimetersTests.POLYGON));
        assertThat(preview.viewBox()).isEqualTo("-20.0 -20.0 1040.0 995.7");
        assertThat(preview.path()).isEqualTo("M0.0,955.7 L1000.0,955.7 L1000.0,0.0 L0.0,0.0 Z");
    }

    @Test
    void drawsHolesAsSubpaths() {
        PerimeterPolygon withHole = GeoJsonPerimeters.parse("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]],"
                + "[[0.25,0.25],[0.75,0.25],[0.75,0.75],[0.25,0.75]]]}");
        assertThat(PerimeterSvg.preview(withHole).path())
                .isEqualTo("M0.0,1000.0 L1000.0,1000.0 L1000.0,0.0 L0.0,0.0 Z M250.0,750.0 L750.0,750.0 L750.0,250.0 L250.0,250.0 Z");
    }
}
