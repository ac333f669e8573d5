package org.voisinage.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.voisinage.neighbourhood.TestPerimeters.rectangle;
import static org.voisinage.neighbourhood.TestPerimeters.unique;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The module's API on the real PostgreSQL, with three Villeurbanne neighbourhoods side by side. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NeighbourhoodsTests {

    @Autowired
    Neighbourhoods neighbourhoods;

    @Autowired
    TerritoryAdministration administration;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NeighbourhoodRepository repository;

    @Autowired
    TransactionTemplate transactions;

    long territoryId;
    long gratteCiel;
    long buers;
    long cusset;

    @BeforeAll
    void villeurbanne() {
        territoryId = administration.createTerritory(
                new TerritoryForm("Villeurbanne", unique("villeurbanne"), TerritoryKind.TOWN, "Commune de la métropole de Lyon", null));
        gratteCiel = neighbourhood("Gratte-Ciel", rectangle(4.875, 4.890, 45.762, 45.772));
        buers = neighbourhood("Les Buers", rectangle(4.890, 4.905, 45.772, 45.782));
        cusset = neighbourhood("Cusset", rectangle(4.895, 4.910, 45.758, 45.768));
    }

    private long neighbourhood(String name, String perimeter) {
        return administration.createNeighbourhood(territoryId,
                new NeighbourhoodForm(name, unique(name.toLowerCase().replace(' ', '-')), null, perimeter, null));
    }

    @Test
    void findsTheNeighbourhoodWhosePerimeterContainsAPoint() {
        // the town hall square of the Gratte-Ciel, the Buers, Cusset's metro station; other tests of the run may have
        // made (older) neighbourhoods over the same real places: only ours are compared, oldest first
        assertThat(ours(4.8800, 45.7670)).containsExactly(gratteCiel);
        assertThat(ours(4.8980, 45.7770)).containsExactly(buers);
        assertThat(ours(4.9020, 45.7630)).containsExactly(cusset);
        assertThat(neighbourhoods.containing(4.8800, 45.7670)).map(NeighbourhoodSummary::id)
                .contains(repository.findIdsContaining(4.8800, 45.7670).get(0));
    }

    private List<Long> ours(double longitude, double latitude) {
        return repository.findIdsContaining(longitude, latitude).stream()
                .filter(id -> id == gratteCiel || id == buers || id == cusset).toList();
    }

    @Test
    void findsNeighbourhoodsWithinARadiusNearestFirst() {
        List<Long> withinThreeKm = neighbourhoods.within(gratteCiel, 3).stream().map(NearbyNeighbourhood::id)
                .filter(id -> id == gratteCiel || id == buers || id == cusset).toList();
        // centres: Gratte-Ciel (4.8825, 45.767), Cusset (4.9025, 45.763) ~1.6 km, Buers (4.8975, 45.777) ~1.6 km
        assertThat(withinThreeKm).hasSize(3).first().isEqualTo(gratteCiel);
        assertThat(neighbourhoods.within(gratteCiel, 3).get(0).km()).isZero();
        assertThat(neighbourhoods.within(gratteCiel, 1).stream().map(NearbyNeighbourhood::id))
                .contains(gratteCiel).doesNotContain(buers, cusset);
        assertThat(neighbourhoods.within(cusset, 3).stream().filter(n -> n.id() == gratteCiel).findFirst())
                .get().satisfies(n -> assertThat(n.km()).isBetween(1.4, 1.9));
    }

    @Test
    void aPointOutsideEveryPerimeterIsInNoneOfThem() {
        // Lyon Part-Dieu, west of the Gratte-Ciel; and the gap between the Gratte-Ciel and Cusset's north-east
        for (double[] point : List.of(new double[] {4.8590, 45.7606}, new double[] {4.8925, 45.7700})) {
            assertThat(neighbourhoods.containing(point[0], point[1]))
                    .map(NeighbourhoodSummary::id)
                    .satisfies(found -> assertThat(found.orElse(-1L)).isNotIn(gratteCiel, buers, cusset));
        }
    }

    @Test
    void theContainmentQueryUsesTheGistIndex() {
        List<String> plan = transactions.execute(status -> {
            // with so few rows the planner would rather scan; forbid it to see that the index can answer
            jdbc.execute("set local enable_seqscan = off");
            return jdbc.queryForList("explain " + NeighbourhoodRepository.CONTAINING.replace(":longitude", "4.88")
                    .replace(":latitude", "45.767"), String.class);
        });
        assertThat(String.join("\n", plan)).contains("neighbourhood_perimeter_idx");
    }

    @Test
    void listsATerritorysNeighbourhoodsByName() {
        assertThat(neighbourhoods.allOfTerritory(territoryId)).extracting(NeighbourhoodSummary::name)
                .containsExactly("Cusset", "Gratte-Ciel", "Les Buers");
        assertThat(neighbourhoods.allOfTerritory(-1)).isEmpty();
    }

    @Test
    void listsTerritoriesWithTheirNeighbourhoods() {
        assertThat(neighbourhoods.territories()).extracting(TerritorySummary::id).contains(territoryId);
        assertThat(neighbourhoods.territoriesWithNeighbourhoods())
                .filteredOn(t -> t.territory().id() == territoryId)
                .singleElement()
                .satisfies(t -> assertThat(t.neighbourhoods()).extracting(NeighbourhoodSummary::id)
                        .containsExactly(cusset, gratteCiel, buers));
    }

    @Test
    void storesPerimetersAsBarePolygonsAndDrawsThem() {
        long lyon = administration.createTerritory(new TerritoryForm("Lyon", unique("lyon"), TerritoryKind.TOWN, null, null));
        long id = administration.createNeighbourhood(lyon, new NeighbourhoodForm("Tonkin", unique("tonkin"), null,
                "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},\"geometry\":"
                        + "{\"type\":\"Polygon\",\"coordinates\":[[[4.86,45.77],[4.87,45.77],[4.87,45.78],[4.86,45.78]]]}}]}",
                null));
        assertThat(jdbc.queryForObject("select perimeter_geojson from neighbourhood where id = ?", String.class, id))
                .isEqualTo("{\"type\":\"Polygon\",\"coordinates\":[[[4.86,45.77],[4.87,45.77],[4.87,45.78],[4.86,45.78],[4.86,45.77]]]}");
        assertThat(neighbourhoods.perimeterPreview(id)).hasValueSatisfying(p -> assertThat(p.path()).startsWith("M0.0,"));
    }
}
