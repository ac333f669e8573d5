package org.voisinage.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.voisinage.account.NewAccount;
import org.voisinage.account.Role;
import org.voisinage.account.Signups;
import org.voisinage.account.WaitlistForm;

/**
 * Eleven people: staff, a moderator of Gratte-Ciel, Camille, Samir still waiting for verification and seven
 * verified neighbours; and Lou, outside every neighbourhood, on the waitlist.
 */
@DemoSeeding
record DemoPeople(Signups signups, DemoPlaces places) {

    /** The ids the rest of the demo builds on; the neighbours in the order they were created. */
    record People(long admin, long camille, List<Long> neighbours) {
    }

    People seed(long gratteCiel) {
        long admin = person("admin@demo.voisinage.test", "Équipe Voisinage", Role.ADMIN, null, true, Set.of());
        person("moderation@demo.voisinage.test", "Nadia (modération)", Role.MODERATOR,
                places.address("8", "Place Lazare Goujon"), true, Set.of(gratteCiel));
        long camille = person("camille@demo.voisinage.test", "Camille D.", Role.RESIDENT,
                places.address("12", "Avenue Henri Barbusse"), true, Set.of());
        person("samir@demo.voisinage.test", "Samir B.", Role.RESIDENT, places.address("5", "Rue Michel Servet"), false, Set.of());
        List<Long> neighbours = new ArrayList<>();
        for (Map.Entry<String, String[]> neighbour : Map.of(
                "Jeanne L.", new String[] {"3", "Cours Émile Zola"},
                "Hugo M.", new String[] {"7", "Rue Racine"},
                "Fatou S.", new String[] {"4", "Rue Paul Verlaine"},
                "Marc T.", new String[] {"9", "Rue Jean Jaurès"},
                "Léa R.", new String[] {"2", "Rue des Charmettes"},
                "Yanis K.", new String[] {"6", "Rue Frédéric Faÿs"},
                "Rose P.", new String[] {"10", "Avenue Roger Salengro"}).entrySet()) {
            String email = neighbour.getKey().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + "@demo.voisinage.test";
            neighbours.add(person(email, neighbour.getKey(), Role.RESIDENT,
                    places.address(neighbour.getValue()[0], neighbour.getValue()[1]), true, Set.of()));
        }
        return new People(admin, camille, List.copyOf(neighbours));
    }

    void seedWaitlist() {
        signups.joinWaitlist(new WaitlistForm(places.address("4", "Rue de la Doua"), "Lou V.", "lou@demo.voisinage.test"),
                Locale.FRENCH);
    }

    private long person(String email, String name, Role role, String addressId, boolean verified, Set<Long> moderated) {
        return signups.createAccount(new NewAccount(email, name, DemoData.PASSWORD, role, Locale.FRENCH, addressId, verified, moderated));
    }
}
