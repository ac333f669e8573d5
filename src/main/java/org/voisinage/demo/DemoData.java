package org.voisinage.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.voisinage.account.NewAccount;
import org.voisinage.account.Role;
import org.voisinage.account.Signups;
import org.voisinage.account.WaitlistForm;
import org.voisinage.challenge.ActionForm;
import org.voisinage.challenge.Actions;
import org.voisinage.challenge.ChallengeForm;
import org.voisinage.challenge.Challenges;
import org.voisinage.challenge.OfflinePledgeForm;
import org.voisinage.challenge.TargetKind;
import org.voisinage.challenge.Theme;
import org.voisinage.directory.AddressDirectory;
import org.voisinage.directory.AddressImports;
import org.voisinage.directory.AddressQuery;
import org.voisinage.neighbourhood.NeighbourhoodForm;
import org.voisinage.neighbourhood.Neighbourhoods;
import org.voisinage.neighbourhood.TerritoryAdministration;
import org.voisinage.neighbourhood.TerritoryForm;
import org.voisinage.neighbourhood.TerritoryKind;
import org.voisinage.messaging.Conversations;
import org.voisinage.messaging.ExchangeCompleted;
import org.voisinage.profile.ExchangeHistory;
import org.voisinage.profile.ProfileForm;
import org.voisinage.profile.Profiles;
import org.voisinage.profile.ThanksBook;

/** Villeurbanne, three neighbourhoods, their addresses and a few people, on the first start of an empty database. */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "voisinage.demo.enabled", havingValue = "true")
@Order(0)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "voisinage-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Neighbourhoods neighbourhoods;
    private final TerritoryAdministration territories;
    private final AddressImports imports;
    private final AddressDirectory directory;
    private final Signups signups;
    private final Actions actions;
    private final Challenges challenges;
    private final Conversations conversations;
    private final ExchangeHistory exchanges;
    private final ThanksBook thanks;
    private final Profiles profiles;

    DemoData(Neighbourhoods neighbourhoods, TerritoryAdministration territories, AddressImports imports,
            AddressDirectory directory, Signups signups, Actions actions, Challenges challenges,
            Conversations conversations, ExchangeHistory exchanges, ThanksBook thanks, Profiles profiles) {
        this.conversations = conversations;
        this.exchanges = exchanges;
        this.thanks = thanks;
        this.profiles = profiles;
        this.actions = actions;
        this.challenges = challenges;
        this.neighbourhoods = neighbourhoods;
        this.territories = territories;
        this.imports = imports;
        this.directory = directory;
        this.signups = signups;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!neighbourhoods.territories().isEmpty()) {
            return;
        }
        long started = System.currentTimeMillis();
        long villeurbanne = territories.createTerritory(new TerritoryForm("Villeurbanne", "villeurbanne", TerritoryKind.TOWN,
                "Ville de la métropole de Lyon, 160 000 habitants, entre Rhône et canal de Jonage.", null));
        long gratteCiel = territories.createNeighbourhood(villeurbanne, new NeighbourhoodForm("Gratte-Ciel", "gratte-ciel",
                "Le centre-ville aux immeubles des années 1930, autour de la place Lazare-Goujon, de l’hôtel de ville "
                        + "et du Théâtre national populaire. Commerces, marché et jardins partagés.",
                polygon(4.8738, 45.7612, 4.8822, 45.7604, 4.8911, 45.7613, 4.8929, 45.7668, 4.8912, 45.7719, 4.8840,
                        45.7731, 4.8742, 45.7726, 4.8728, 45.7671), null));
        long buers = territories.createNeighbourhood(villeurbanne, new NeighbourhoodForm("Les Buers", "les-buers",
                "Quartier populaire et vivant du nord de la ville, entre le canal et le boulevard Laurent-Bonnevay : "
                        + "une maison de quartier, des associations actives et une cité-jardin.",
                polygon(4.8917, 45.7719, 4.8985, 45.7712, 4.9062, 45.7718, 4.9071, 45.7772, 4.9052, 45.7829, 4.8970,
                        45.7836, 4.8893, 45.7824, 4.8886, 45.7768), null));
        long cusset = territories.createNeighbourhood(villeurbanne, new NeighbourhoodForm("Cusset", "cusset",
                "Ancien village devenu quartier, autour de la place Grandclément et du métro Cusset ; des rues calmes, "
                        + "des écoles et un grand parc.",
                polygon(4.8942, 45.7572, 4.9020, 45.7566, 4.9112, 45.7575, 4.9124, 45.7628, 4.9108, 45.7688, 4.9030,
                        45.7695, 4.8948, 45.7686, 4.8934, 45.7630), null));
        var report = imports.importResource("demo/addresses-villeurbanne.csv", "demo");

        long admin = person("admin@demo.voisinage.test", "Équipe Voisinage", Role.ADMIN, null, true, Set.of());
        person("moderation@demo.voisinage.test", "Nadia (modération)", Role.MODERATOR,
                address("8", "Place Lazare Goujon"), true, Set.of(gratteCiel));
        long camille = person("camille@demo.voisinage.test", "Camille D.", Role.RESIDENT, address("12", "Avenue Henri Barbusse"), true, Set.of());
        person("samir@demo.voisinage.test", "Samir B.", Role.RESIDENT, address("5", "Rue Michel Servet"), false, Set.of());
        List<Long> neighbours = new java.util.ArrayList<>();
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
                    address(neighbour.getValue()[0], neighbour.getValue()[1]), true, Set.of()));
        }
        challenges(villeurbanne, gratteCiel, admin, neighbours);
        seedConversations(camille, neighbours.get(0));
        signups.joinWaitlist(new WaitlistForm(address("4", "Rue de la Doua"), "Lou V.", "lou@demo.voisinage.test"),
                Locale.FRENCH);
        log.info("Demo data seeded in {} ms: 1 territory, 3 neighbourhoods ({}, {}, {}), {} addresses, 11 people. "
                        + "Sign in as camille@demo.voisinage.test or admin@demo.voisinage.test, password {}",
                System.currentTimeMillis() - started, gratteCiel, buers, cusset, report.rowsImported(), PASSWORD);
    }

    /**
     * Two open challenges: bio-waste in Gratte-Ciel (with the pledges of the verified neighbours living there and
     * paper pledges from a meeting), and cycling across the town. Pledges do not follow: following is its own module.
     */
    private void challenges(long villeurbanne, long gratteCiel, long admin, List<Long> residents) {
        LocalDate today = LocalDate.now();
        long compost = actions.createPublished(new ActionForm("Trier mes biodéchets",
                "Déposer épluchures et restes de repas dans un bio-seau plutôt qu’à la poubelle.", Theme.WASTE));
        long biodechets = challenges.create(new ChallengeForm(compost,
                "Si 300 habitants des Gratte-Ciel trient leurs biodéchets, la Ville installe des composteurs de quartier",
                "Ville de Villeurbanne", TargetKind.TOWN, "environnement@demo.voisinage.test",
                "La Ville installe et entretient cinq composteurs de quartier aux Gratte-Ciel.", "n-" + gratteCiel, 300, null,
                today.minusDays(20), today.plusDays(40)));
        challenges.open(biodechets);
        challenges.addOffline(biodechets, new OfflinePledgeForm(64, "Bulletins de la réunion publique à la maison du Livre"), admin);
        for (long resident : residents) {
            try {
                challenges.pledge(biodechets, resident, true);
            } catch (RuntimeException e) {
                // a neighbour living outside Gratte-Ciel: the challenge is not theirs
            }
        }
        long bike = actions.createPublished(new ActionForm("Aller au travail à vélo",
                "Au moins deux trajets domicile-travail par semaine à vélo.", Theme.MOBILITY));
        long velo = challenges.create(new ChallengeForm(bike,
                "Si 500 Villeurbannais vont au travail à vélo, la Ville double les arceaux de stationnement",
                "Ville de Villeurbanne", TargetKind.TOWN, "mobilites@demo.voisinage.test",
                "La Ville installe 400 arceaux vélo supplémentaires près des écoles et des commerces.", "t-" + villeurbanne,
                500, null, today.minusDays(5), today.plusDays(85)));
        challenges.open(velo);
        for (long resident : residents.subList(0, Math.min(3, residents.size()))) {
            challenges.pledge(velo, resident, true);
        }
    }

    /**
     * Camille and a neighbour talk about a drill; the loan took place and Camille thanks them. No listing exists in
     * the demo yet, so the exchange is recorded directly rather than confirmed in the conversation.
     */
    private void seedConversations(long camille, long neighbour) {
        profiles.saveSettings(camille, new ProfileForm(true, "Couture, Jardinage", "Les jardins partagés, la lecture",
                true, true));
        long conversation = conversations.start(camille, null, null, neighbour,
                "Bonjour ! Vous auriez une perceuse à me prêter ce week-end pour poser deux étagères ?");
        conversations.send(conversation, neighbour, "Bonjour Camille, oui bien sûr. Passez samedi matin, je suis là.");
        conversations.send(conversation, camille, "Parfait, merci ! Je vous la rends dimanche.");
        exchanges.record(new ExchangeCompleted(conversation, "", 0, neighbour, camille, false));
        thanks.thank(conversation, camille, "Merci pour la perceuse, prêtée avec le sourire et les bons conseils !");
    }

    private long person(String email, String name, Role role, String addressId, boolean verified, Set<Long> moderated) {
        return signups.createAccount(new NewAccount(email, name, PASSWORD, role, Locale.FRENCH, addressId, verified, moderated));
    }

    private String address(String number, String street) {
        return directory.match(new AddressQuery(number, street, "69100", "Villeurbanne")).exact()
                .orElseThrow(() -> new IllegalStateException("demo address missing: " + number + " " + street))
                .id();
    }

    /** A GeoJSON Polygon from longitude, latitude pairs; the ring is closed here. */
    private static String polygon(double... lonLat) {
        StringBuilder ring = new StringBuilder();
        for (int i = 0; i <= lonLat.length; i += 2) {
            int at = i % lonLat.length;
            ring.append(i == 0 ? "" : ",").append('[').append(lonLat[at]).append(',').append(lonLat[at + 1]).append(']');
        }
        return "{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}";
    }

    static List<String> emails() {
        return List.of("admin@demo.voisinage.test", "moderation@demo.voisinage.test", "camille@demo.voisinage.test",
                "samir@demo.voisinage.test");
    }
}
