package org.voisinage.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.voisinage.account.Residents;
import org.voisinage.exchange.ListingCategory;
import org.voisinage.exchange.ListingDirection;
import org.voisinage.exchange.ListingDraft;
import org.voisinage.exchange.ListingKind;
import org.voisinage.exchange.ListingPublishing;
import org.voisinage.exchange.ObjectCondition;
import org.voisinage.messaging.ConversationStarting;
import org.voisinage.messaging.ExchangeCompleted;
import org.voisinage.messaging.MessageSending;
import org.voisinage.profile.ExchangeHistory;
import org.voisinage.profile.ProfileForm;
import org.voisinage.profile.Profiles;
import org.voisinage.profile.ThanksBook;

/** What neighbours exchange: listings, and a conversation about a loan that ends in thanks. */
@DemoSeeding
record DemoExchanges(ListingPublishing listings, Residents residents, Profiles profiles,
        ConversationStarting conversations, MessageSending messages, ExchangeHistory exchanges, ThanksBook thanks) {

    /** A few listings: a drill to lend, a ride share next week, a good deal at the market, a request for help. */
    void seedListings(long camille, List<Long> neighbours) {
        LocalDate today = LocalDate.now();
        listing(camille, new ListingDraft(ListingDirection.OFFER, ListingKind.LEND, ListingCategory.TOOLS,
                "Perceuse à percussion", "Une perceuse Bosch avec un jeu de forets béton et bois. **À rendre propre**, merci !",
                "Le soir après 18 h", null, 1, "", "", null, null, null, List.of(), ObjectCondition.GOOD, 7, "", null,
                List.of()));
        long driver = neighbours.get(0);
        listing(driver, new ListingDraft(ListingDirection.OFFER, ListingKind.RIDE_SHARE, ListingCategory.TRANSPORT,
                "Covoiturage vers la Part-Dieu le matin", "Je pars en voiture vers la Part-Dieu, deux places libres.",
                "En semaine", null, 3, "Place Lazare-Goujon", "Gare de la Part-Dieu", today.plusDays(2),
                LocalTime.of(8, 0), 2, List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
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
     * Camille and a neighbour talk about a drill; the loan took place and Camille thanks them. No listing exists in
     * the demo yet, so the exchange is recorded directly rather than confirmed in the conversation. The neighbour
     * lives in Camille's neighbourhood: a conversation from a profile starts only with someone one may see.
     */
    void seedConversations(long camille, List<Long> neighbours) {
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
}
