package org.voisinage.demo;

import java.time.LocalDate;
import java.util.List;
import org.voisinage.challenge.ActionForm;
import org.voisinage.challenge.Actions;
import org.voisinage.challenge.ChallengeEditing;
import org.voisinage.challenge.ChallengeForm;
import org.voisinage.challenge.ChallengeLifecycle;
import org.voisinage.challenge.ChallengePledges;
import org.voisinage.challenge.OfflinePledgeForm;
import org.voisinage.challenge.TargetKind;
import org.voisinage.challenge.Theme;
import org.voisinage.moderation.ContentRef;
import org.voisinage.moderation.ContentType;
import org.voisinage.moderation.ReportReason;
import org.voisinage.moderation.Reports;

/** The demo's challenges, their pledges, and the reports that leave a case in the moderation queue. */
@DemoSeeding
record DemoChallenges(Actions actions, ChallengeEditing challengeEditing, ChallengeLifecycle challengeLifecycle,
        ChallengePledges challengePledges, Reports reports) {

    /**
     * Two open challenges: bio-waste in Gratte-Ciel (with the pledges of the verified neighbours living there and
     * paper pledges from a meeting), and cycling across the town. Pledges do not follow: following is its own module.
     *
     * @return the bio-waste challenge, which the agenda's apéro is hosted by
     */
    long seed(long villeurbanne, long gratteCiel, long admin, List<Long> residents) {
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
        seedReports(biodechets, residents);
        return biodechets;
    }

    /** Two reports on the Gratte-Ciel challenge: a case waits in Nadia's moderation queue. */
    private void seedReports(long challenge, List<Long> residents) {
        var ref = new ContentRef(ContentType.CHALLENGE, challenge);
        for (long resident : residents.subList(0, Math.min(2, residents.size()))) {
            try {
                reports.report(resident, ref, ReportReason.OFF_TOPIC,
                        "Ce défi concerne toute la ville, pas seulement le quartier.");
            } catch (RuntimeException e) {
                // a neighbour who cannot see the challenge: no report
            }
        }
    }
}
