package org.voisinage.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.voisinage.agenda.EventForm;
import org.voisinage.agenda.Events;
import org.voisinage.agenda.Rsvps;
import org.voisinage.agenda.Visibility;
import org.voisinage.alert.AlertCategory;
import org.voisinage.alert.AlertForm;
import org.voisinage.alert.Alerts;
import org.voisinage.announcement.AnnouncementForm;
import org.voisinage.announcement.Announcements;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.organisation.OrganisationKind;
import org.voisinage.organisation.Organisations;
import org.voisinage.suggestion.AnswerForm;
import org.voisinage.suggestion.SuggestionCategory;
import org.voisinage.suggestion.SuggestionForm;
import org.voisinage.suggestion.SuggestionStatus;
import org.voisinage.suggestion.Suggestions;

/** The life of the neighbourhoods: the agenda, local organisations, an announcement, needs and an alert. */
@DemoSeeding
record DemoNeighbourhoodLife(Events events, Rsvps rsvps, Organisations organisations, Announcements announcements,
        Suggestions suggestions, Alerts alerts) {

    /**
     * The Gratte-Ciel agenda: the bio-waste challenge's apéro (staff organise it; three places, so it is full with a
     * waitlist), a members-only residents' meeting and a public repair café by Camille.
     */
    void seedAgenda(long gratteCiel, long admin, long camille, long biodechets, List<Long> residents) {
        LocalDate soon = LocalDate.now().plusDays(6);
        long apero = events.create(new EventForm("Apéro compost du défi biodéchets",
                "On se retrouve autour du futur **composteur** : bio-seaux offerts, questions bienvenues.", soon,
                LocalTime.of(18, 30), soon, LocalTime.of(20, 0), "Jardin partagé de la place Lazare-Goujon", null, 3,
                Visibility.PUBLIC, gratteCiel, "challenge", biodechets), admin);
        for (long resident : Stream.concat(Stream.of(camille), residents.stream()).toList()) {
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
    void seedOrganisations(long villeurbanne, long gratteCiel, long buers, List<Long> residents) {
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
     * A pinned announcement to the whole town, two needs of Camille's neighbourhood supported by the neighbours who
     * live there (one answered by staff), and an alert Camille sent then declared over.
     */
    void seedCommunity(long villeurbanne, long admin, long camille, List<Long> neighbours) {
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
                } catch (Refusal | NotFoundException otherNeighbourhood) {
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
}
