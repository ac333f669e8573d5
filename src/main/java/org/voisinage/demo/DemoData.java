package org.voisinage.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.voisinage.alert.AlertCategory;
import org.voisinage.alert.AlertForm;
import org.voisinage.alert.Alerts;
import org.voisinage.announcement.AnnouncementForm;
import org.voisinage.announcement.Announcements;
import org.voisinage.common.Refusal;
import org.voisinage.suggestion.AnswerForm;
import org.voisinage.suggestion.SuggestionCategory;
import org.voisinage.suggestion.SuggestionForm;
import org.voisinage.suggestion.SuggestionStatus;
import org.voisinage.suggestion.Suggestions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.voisinage.account.NewAccount;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.account.Role;
import org.voisinage.account.Signups;
import org.voisinage.account.WaitlistForm;
import org.voisinage.agenda.EventForm;
import org.voisinage.agenda.Events;
import org.voisinage.agenda.Rsvps;
import org.voisinage.agenda.Visibility;
import org.voisinage.challenge.ActionForm;
import org.voisinage.challenge.Actions;
import org.voisinage.challenge.ChallengeForm;
import org.voisinage.challenge.ChallengeEditing;
import org.voisinage.challenge.ChallengeLifecycle;
import org.voisinage.challenge.ChallengePledges;
import org.voisinage.challenge.OfflinePledgeForm;
import org.voisinage.challenge.TargetKind;
import org.voisinage.challenge.Theme;
import org.voisinage.directory.AddressDirectory;
import org.voisinage.exchange.ListingCategory;
import org.voisinage.exchange.ListingDirection;
import org.voisinage.exchange.ListingDraft;
import org.voisinage.exchange.ListingKind;
import org.voisinage.exchange.ListingPublishing;
import org.voisinage.exchange.ObjectCondition;
import org.voisinage.directory.AddressImports;
import org.voisinage.directory.AddressQuery;
import org.voisinage.initiative.CommentForm;
import org.voisinage.initiative.InitiativeDiscussion;
import org.voisinage.initiative.InitiativeForm;
import org.voisinage.initiative.InitiativeMembers;
import org.voisinage.initiative.InitiativeNeeds;
import org.voisinage.initiative.InitiativeTheme;
import org.voisinage.initiative.Initiatives;
import org.voisinage.initiative.NeedForm;
import org.voisinage.initiative.NeedKind;
import org.voisinage.initiative.OfferForm;
import org.voisinage.neighbourhood.NeighbourhoodForm;
import org.voisinage.neighbourhood.Neighbourhoods;
import org.voisinage.organisation.OrganisationKind;
import org.voisinage.organisation.Organisations;
import org.voisinage.neighbourhood.TerritoryAdministration;
import org.voisinage.neighbourhood.TerritoryForm;
import org.voisinage.neighbourhood.TerritoryKind;
import org.voisinage.messaging.ConversationStarting;
import org.voisinage.messaging.ExchangeCompleted;
import org.voisinage.messaging.MessageSending;
import org.voisinage.profile.ExchangeHistory;
import org.voisinage.profile.ProfileForm;
import org.voisinage.profile.Profiles;
import org.voisinage.profile.ThanksBook;
import org.voisinage.common.Refusal;

/**
 * Villeurbanne, three neighbourhoods, their addresses and a few people, on the first start of an empty database:
 * the embedded one, or any when {@code voisinage.demo.enabled=true} ({@link DemoDataCondition}); never in prod.
 */
@Component
@Profile("!prod")
@Conditional(DemoDataCondition.class)
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
    private final ChallengeEditing challengeEditing;
    private final ChallengeLifecycle challengeLifecycle;
    private final ChallengePledges challengePledges;
    private final ListingPublishing listings;
    private final Announcements announcements;
    private final Suggestions suggestions;
    private final Alerts alerts;
    private final org.voisinage.moderation.Reports reports;
    private final Events events;
    private final Rsvps rsvps;
    private final Organisations organisations;
    private final Initiatives initiatives;
    private final InitiativeMembers initiativeMembers;
    private final InitiativeNeeds initiativeNeeds;
    private final InitiativeDiscussion initiativeDiscussion;
    private final Residents residents;
    private final ConversationStarting conversations;
    private final MessageSending messages;
    private final ExchangeHistory exchanges;
    private final ThanksBook thanks;
    private final Profiles profiles;

    DemoData(Neighbourhoods neighbourhoods, TerritoryAdministration territories, AddressImports imports,
            AddressDirectory directory, Signups signups, Actions actions, ChallengeEditing challengeEditing,
            ChallengeLifecycle challengeLifecycle, ChallengePledges challengePledges, ListingPublishing listings,
            Announcements announcements, Suggestions suggestions, Alerts alerts,
            org.voisinage.moderation.Reports reports, Events events, Rsvps rsvps, Organisations organisations,
            Initiatives initiatives, InitiativeMembers initiativeMembers, InitiativeNeeds initiativeNeeds,
            InitiativeDiscussion initiativeDiscussion, Residents residents, ConversationStarting conversations,
            MessageSending messages, ExchangeHistory exchanges,
            ThanksBook thanks, Profiles profiles) {
        this.listings = listings;
        this.announcements = announcements;
        this.suggestions = suggestions;
        this.alerts = alerts;
        this.reports = reports;
        this.events = events;
        this.rsvps = rsvps;
        this.organisations = organisations;
        this.initiatives = initiatives;
        this.initiativeMembers = initiativeMembers;
        this.initiativeNeeds = initiativeNeeds;
        this.initiativeDiscussion = initiativeDiscussion;
        this.residents = residents;
        this.conversations = conversations;
        this.messages = messages;
        this.exchanges = exchanges;
        this.thanks = thanks;
        this.profiles = profiles;
        this.actions = actions;
        this.challengeEditing = challengeEditing;
        this.challengeLifecycle = challengeLifecycle;
        this.challengePledges = challengePledges;
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
        long biodechets = challenges(villeurbanne, gratteCiel, admin, neighbours);
        seedModeration(biodechets, neighbours);
        seedExchange(camille, neighbours);
        seedAgenda(gratteCiel, admin, camille, biodechets, neighbours);
        seedOrganisations(villeurbanne, gratteCiel, buers, neighbours);
        seedInitiatives(neighbours);
        seedConversations(camille, neighbours);
        signups.joinWaitlist(new WaitlistForm(address("4", "Rue de la Doua"), "Lou V.", "lou@demo.voisinage.test"),
                Locale.FRENCH);
        seedCommunity(villeurbanne, admin, camille, neighbours);
        log.info("Demo data seeded in {} ms: 1 territory, 3 neighbourhoods ({}, {}, {}), {} addresses, 11 people. "
                        + "Sign in as camille@demo.voisinage.test or admin@demo.voisinage.test, password {}",
                System.currentTimeMillis() - started, gratteCiel, buers, cusset, report.rowsImported(), PASSWORD);
    }

    /**
     * Two open challenges: bio-waste in Gratte-Ciel (with the pledges of the verified neighbours living there and
     * paper pledges from a meeting), and cycling across the town. Pledges do not follow: following is its own module.
     */
    private long challenges(long villeurbanne, long gratteCiel, long admin, List<Long> residents) {
        LocalDate today = LocalDate.now();
        long compost = actions.createPublished(new ActionForm("Trier mes biodéchets",
                "Déposer épluchures et restes de repas dans un bio-seau plutôt qu’à la poubelle.", Theme.WASTE));
        long biodechets = challengeEditing.create(new ChallengeForm(compost,
                "Si 300 habitants des Gratte-Ciel trient leurs biodéchets, la Ville installe des composteurs de quartier",
                "Ville de Villeurbanne", TargetKind.TOWN, "environnement@demo.voisinage.test",
                "La Ville installe et entretient cinq composteurs de quartier aux Gratte-Ciel.", "n-" + gratteCiel, 300, null,
                today.minusDays(20), today.plusDays(40)));
        challengeLifecycle.open(biodechets);
        challengePledges.addOffline(biodechets, new OfflinePledgeForm(64, "Bulletins de la réunion publique à la maison du Livre"), admin);
        for (long resident : residents) {
            try {
                challengePledges.pledge(biodechets, resident, true);
            } catch (RuntimeException e) {
                // a neighbour living outside Gratte-Ciel: the challenge is not theirs
            }
        }
        long bike = actions.createPublished(new ActionForm("Aller au travail à vélo",
                "Au moins deux trajets domicile-travail par semaine à vélo.", Theme.MOBILITY));
        long velo = challengeEditing.create(new ChallengeForm(bike,
                "Si 500 Villeurbannais vont au travail à vélo, la Ville double les arceaux de stationnement",
                "Ville de Villeurbanne", TargetKind.TOWN, "mobilites@demo.voisinage.test",
                "La Ville installe 400 arceaux vélo supplémentaires près des écoles et des commerces.", "t-" + villeurbanne,
                500, null, today.minusDays(5), today.plusDays(85)));
        challengeLifecycle.open(velo);
        for (long resident : residents.subList(0, Math.min(3, residents.size()))) {
            challengePledges.pledge(velo, resident, true);
        }
        return biodechets;
    }

    /** Two reports on the Gratte-Ciel challenge: a case waits in Nadia's moderation queue. */
    private void seedModeration(long challenge, List<Long> residents) {
        var ref = new org.voisinage.moderation.ContentRef(org.voisinage.moderation.ContentType.CHALLENGE, challenge);
        for (long resident : residents.subList(0, Math.min(2, residents.size()))) {
            try {
                reports.report(resident, ref, org.voisinage.moderation.ReportReason.OFF_TOPIC,
                        "Ce défi concerne toute la ville, pas seulement le quartier.");
            } catch (RuntimeException e) {
                // a neighbour who cannot see the challenge: no report
            }
        }
    }

    /** A few listings: a drill to lend, a ride share next week, a good deal at the market, a request for help. */
    private void seedExchange(long camille, List<Long> neighbours) {
        LocalDate today = LocalDate.now();
        listing(camille, new ListingDraft(ListingDirection.OFFER, ListingKind.LEND, ListingCategory.TOOLS,
                "Perceuse à percussion", "Une perceuse Bosch avec un jeu de forets béton et bois. **À rendre propre**, merci !",
                "Le soir après 18 h", null, 1, "", "", null, null, null, List.of(), ObjectCondition.GOOD, 7, "", null,
                List.of()));
        long driver = neighbours.get(0);
        listing(driver, new ListingDraft(ListingDirection.OFFER, ListingKind.RIDE_SHARE, ListingCategory.TRANSPORT,
                "Covoiturage vers la Part-Dieu le matin", "Je pars en voiture vers la Part-Dieu, deux places libres.",
                "En semaine", null, 3, "Place Lazare-Goujon", "Gare de la Part-Dieu", today.plusDays(2),
                java.time.LocalTime.of(8, 0), 2, List.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.THURSDAY),
                null, null, "", null, List.of()));
        listing(neighbours.get(1), new ListingDraft(ListingDirection.OFFER, ListingKind.GOOD_DEAL,
                ListingCategory.COOKING, "Fruits et légumes à prix cassés au marché",
                "Le primeur du marché brade ses invendus en fin de matinée.", "", null, 0, "", "", null, null, null,
                List.of(), null, null, "Marché de la place Grandclément", today.plusDays(10), List.of()));
        listing(neighbours.get(2), new ListingDraft(ListingDirection.REQUEST, ListingKind.SERVICE,
                ListingCategory.IT_HELP, "Aide pour installer une imprimante",
                "Mon imprimante ne veut pas parler à mon ordinateur : une heure d’aide serait bienvenue.",
                "Samedi matin", null, 0, "", "", null, null, null, List.of(), null, null, "", null, List.of()));
    }

    /** Published only by a verified resident living in a neighbourhood (demo addresses outside every perimeter are not). */
    private void listing(long author, ListingDraft draft) {
        if (listings.mayPublish(author)) {
            listings.publish(author, draft);
        }
    }

    /**
     * A pinned announcement to the whole town, two needs of Camille's neighbourhood supported by the neighbours who
     * live there (one answered by staff), and an alert Camille sent then declared over.
     */
    private void seedCommunity(long villeurbanne, long admin, long camille, List<Long> neighbours) {
        announcements.publish(admin, new AnnouncementForm("Relevé des compteurs d’eau la semaine prochaine",
                "Le technicien passera **du lundi au mercredi**, de 8 h à 12 h. Merci de laisser l’accès aux "
                        + "compteurs ou de prévenir la loge.", villeurbanne, List.of(), true, null));
        long bench = suggestions.raise(camille, new SuggestionForm("Un banc près de l’arrêt de bus",
                "Les personnes âgées attendent debout le bus C3 : un banc à l’abri serait bienvenu.",
                SuggestionCategory.BENCH, null));
        long light = suggestions.raise(camille, new SuggestionForm("Éclairage du passage derrière l’école",
                "Le passage est très sombre le soir en hiver.", SuggestionCategory.LIGHTING, null));
        for (long neighbour : neighbours) {
            for (long need : List.of(bench, light)) {
                try {
                    suggestions.support(need, neighbour);
                } catch (Refusal | org.voisinage.common.NotFoundException otherNeighbourhood) {
                    // only the neighbours of Camille's neighbourhood may support her needs
                }
            }
        }
        suggestions.answer(bench, admin, new AnswerForm(SuggestionStatus.PLANNED,
                "La métropole installera un banc au printemps ; merci pour vos soutiens."));
        long alert = alerts.raise(camille, new AlertForm(AlertCategory.WATER_CUT, "Plus d’eau froide dans l’immeuble.",
                "Avenue Henri Barbusse, numéros 10 à 14", "ce matin vers 7 h",
                "Ne pas ouvrir les robinets en grand au retour de l’eau.", null, null));
        alerts.resolve(alert, camille);
    }

    /**
     * The Gratte-Ciel agenda: the bio-waste challenge's apéro (staff organise it; three places, so it is full with a
     * waitlist), a members-only residents' meeting and a public repair café by Camille.
     */
    private void seedAgenda(long gratteCiel, long admin, long camille, long biodechets, List<Long> residents) {
        LocalDate soon = LocalDate.now().plusDays(6);
        long apero = events.create(new EventForm("Apéro compost du défi biodéchets",
                "On se retrouve autour du futur **composteur** : bio-seaux offerts, questions bienvenues.", soon,
                LocalTime.of(18, 30), soon, LocalTime.of(20, 0), "Jardin partagé de la place Lazare-Goujon", null, 3,
                Visibility.PUBLIC, gratteCiel, "challenge", biodechets), admin);
        for (long resident : java.util.stream.Stream.concat(java.util.stream.Stream.of(camille), residents.stream()).toList()) {
            try {
                rsvps.respond(apero, resident, true);
            } catch (RuntimeException e) {
                // a neighbour of another neighbourhood: the apéro is not theirs to answer
            }
        }
        LocalDate meeting = LocalDate.now().plusDays(13);
        events.create(new EventForm("Assemblée des habitants des Gratte-Ciel",
                "Ordre du jour : jardins partagés, fête de quartier, propreté des cours.", meeting, LocalTime.of(19, 0),
                meeting, LocalTime.of(21, 0), "Maison du Livre, de l’Image et du Son", null, null, Visibility.MEMBERS,
                null, null, null), camille);
        LocalDate repair = LocalDate.now().plusDays(20);
        events.create(new EventForm("Repair café", "Apportez grille-pain, vélos et vêtements à réparer.", repair,
                LocalTime.of(14, 0), repair, LocalTime.of(17, 0), "Salle de la rue Racine", null, 20, Visibility.PUBLIC,
                null, null, null), camille);
    }

    /** A bakery with a deal and two neighbours' recommendations, and an association with a member. */
    private void seedOrganisations(long villeurbanne, long gratteCiel, long buers, List<Long> residents) {
        long bakery = organisations.register(villeurbanne, gratteCiel, OrganisationKind.SHOP,
                "Boulangerie des Gratte-Ciel", "boulangerie-des-gratte-ciel",
                "Pain au levain, viennoiseries et **fougasses** cuites sur place depuis 1962.");
        organisations.addMember(bakery, residents.get(0));
        organisations.publishDeal(bakery, "Une baguette offerte pour trois achetées",
                "Sur présentation de votre carte Voisinage, tous les matins avant 10 h.", LocalDate.now().minusDays(2),
                LocalDate.now().plusDays(12), residents.get(0));
        organisations.recommend(bakery, residents.get(1), "Le meilleur levain du quartier, et toujours un mot gentil.");
        organisations.recommend(bakery, residents.get(2), "Ils gardent le pain de la veille pour la banque alimentaire.");
        long association = organisations.register(villeurbanne, buers, OrganisationKind.ASSOCIATION,
                "Maison de quartier des Buers", "maison-de-quartier-des-buers",
                "Accueil de loisirs, aide aux devoirs, jardin partagé et repas de quartier une fois par mois.");
        organisations.addMember(association, residents.get(3));
    }

    /**
     * In each neighbourhood with at least two verified neighbours, the first proposes an initiative with needs, the
     * others join, offer and comment: the home feed and /initiatives have something to show.
     */
    private void seedInitiatives(List<Long> people) {
        Map<Long, List<Long>> byNeighbourhood = new java.util.TreeMap<>();
        for (long id : people) {
            ResidentView resident = residents.get(id);
            if (resident.verified() && resident.neighbourhoodId() != null) {
                byNeighbourhood.computeIfAbsent(resident.neighbourhoodId(), n -> new java.util.ArrayList<>()).add(id);
            }
        }
        String[][] ideas = {
                {"Un composteur partagé dans la cour", "Trions nos **biodéchets** ensemble : un composteur de 600 litres, "
                        + "des permanences le samedi matin et un guide pour bien démarrer.", "ECOLOGY", "Palettes", "4"},
                {"Fête des voisins rue Racine", "Une grande tablée dans la rue, chacun apporte un plat. Musique, jeux "
                        + "pour les enfants et **troc de livres**.", "CULTURE", "Tables pliantes", "6"},
                {"Repair café mensuel", "Réparons ensemble petits appareils, vélos et vêtements plutôt que de jeter.",
                        "SOLIDARITY", "Bénévoles bricoleurs", "3"}};
        int i = 0;
        for (List<Long> neighbours : byNeighbourhood.values()) {
            if (neighbours.size() < 2 || i >= ideas.length) {
                continue;
            }
            String[] idea = ideas[i++];
            long initiator = neighbours.get(0);
            long id = initiatives.propose(initiator, InitiativeForm.of(idea[0], idea[1], InitiativeTheme.valueOf(idea[2])));
            long need = initiativeNeeds.addNeed(id, initiator, new NeedForm(NeedKind.MATERIAL, idea[3],
                    Integer.parseInt(idea[4]), null));
            initiativeNeeds.addNeed(id, initiator, new NeedForm(NeedKind.SKILL, "Quelqu’un qui sait bricoler", 1, null));
            for (long neighbour : neighbours.subList(1, neighbours.size())) {
                initiativeMembers.join(id, neighbour);
                initiativeDiscussion.comment(id, neighbour, new CommentForm("Je suis partant·e ! Je peux passer samedi."));
            }
            long offer = initiativeNeeds.offer(id, need, neighbours.get(1), new OfferForm(2, "J’en ai deux à la cave"));
            initiativeNeeds.decideOffer(id, offer, initiator, true);
        }
    }

    /**
     * Camille and a neighbour talk about a drill; the loan took place and Camille thanks them. No listing exists in
     * the demo yet, so the exchange is recorded directly rather than confirmed in the conversation. The neighbour
     * lives in Camille's neighbourhood: a conversation from a profile starts only with someone one may see.
     */
    private void seedConversations(long camille, List<Long> neighbours) {
        profiles.saveSettings(camille, new ProfileForm(true, "Couture, Jardinage", "Les jardins partagés, la lecture",
                true, true));
        Long home = residents.get(camille).neighbourhoodId();
        Long neighbour = neighbours.stream().sorted()
                .filter(n -> home != null && home.equals(residents.get(n).neighbourhoodId())).findFirst().orElse(null);
        if (neighbour == null) {
            return;
        }
        long conversation = conversations.start(camille, null, null, neighbour,
                "Bonjour ! Vous auriez une perceuse à me prêter ce week-end pour poser deux étagères ?");
        messages.send(conversation, neighbour, "Bonjour Camille, oui bien sûr. Passez samedi matin, je suis là.");
        messages.send(conversation, camille, "Parfait, merci ! Je vous la rends dimanche.");
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
