package org.voisinage.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;

/**
 * Villeurbanne, three neighbourhoods, their addresses and a few people, on the first start of an empty database:
 * the embedded one, or any when {@code voisinage.demo.enabled=true} ({@link DemoDataCondition}); never in prod.
 * Each part seeds one kind of thing; the order here is the order of the rows (later parts build on earlier ids).
 */
@DemoSeeding
@Order(0)
record DemoData(DemoPlaces places, DemoPeople people, DemoChallenges challenges, DemoExchanges exchanges,
        DemoNeighbourhoodLife life, DemoInitiatives initiatives) implements ApplicationRunner {

    static final String PASSWORD = "voisinage-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    @Override
    public void run(ApplicationArguments args) {
        if (places.anyTerritory()) {
            return;
        }
        long started = System.currentTimeMillis();
        DemoPlaces.Places town = places.seed();
        DemoPeople.People seeded = people.seed(town.gratteCiel());
        long camille = seeded.camille();
        List<Long> neighbours = seeded.neighbours();
        long biodechets = challenges.seed(town.villeurbanne(), town.gratteCiel(), seeded.admin(), neighbours);
        exchanges.seedListings(camille, neighbours);
        life.seedAgenda(town.gratteCiel(), seeded.admin(), camille, biodechets, neighbours);
        life.seedOrganisations(town.villeurbanne(), town.gratteCiel(), town.buers(), neighbours);
        initiatives.seed(neighbours);
        exchanges.seedConversations(camille, neighbours);
        people.seedWaitlist();
        life.seedCommunity(town.villeurbanne(), seeded.admin(), camille, neighbours);
        log.info("Demo data seeded in {} ms: 1 territory, 3 neighbourhoods ({}, {}, {}), {} addresses, 11 people. "
                        + "Sign in as camille@demo.voisinage.test or admin@demo.voisinage.test, password {}",
                System.currentTimeMillis() - started, town.gratteCiel(), town.buers(), town.cusset(), town.addresses(),
                PASSWORD);
    }

    static List<String> emails() {
        return List.of("admin@demo.voisinage.test", "moderation@demo.voisinage.test", "camille@demo.voisinage.test",
                "samir@demo.voisinage.test");
    }
}
