package org.voisinage.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
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

/** Neighbours' initiatives, with their needs, members, offers and comments. */
@DemoSeeding
record DemoInitiatives(Residents residents, Initiatives initiatives, InitiativeMembers initiativeMembers,
        InitiativeNeeds initiativeNeeds, InitiativeDiscussion initiativeDiscussion) {

    /**
     * In each neighbourhood with at least two verified neighbours, the first proposes an initiative with needs, the
     * others join, offer and comment: the home feed and /initiatives have something to show.
     */
    void seed(List<Long> people) {
        Map<Long, List<Long>> byNeighbourhood = new TreeMap<>();
        for (long id : people) {
            ResidentView resident = residents.get(id);
            if (resident.verified() && resident.neighbourhoodId() != null) {
                byNeighbourhood.computeIfAbsent(resident.neighbourhoodId(), n -> new ArrayList<>()).add(id);
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
}
