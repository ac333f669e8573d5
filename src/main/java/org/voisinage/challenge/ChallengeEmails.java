package org.voisinage.challenge;

import java.util.Locale;
import org.voisinage.common.SiteProperties;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.voisinage.account.Residents;
import org.voisinage.following.Follows;
import org.voisinage.following.Frequency;
import org.voisinage.following.Topic;
import org.voisinage.notification.Email;
import org.voisinage.notification.Outbox;

/**
 * After the goal is reached or the target answers: the target gets its signed link, and every pledger is told at
 * once but those following the challenge IMMEDIATE, whom the following module tells. Message-IDs are deterministic, so a
 * listener run again queues nothing twice.
 */
@Component
class ChallengeEmails {

    private final ChallengeLifecycle lifecycle;
    private final ChallengePledges pledges;
    private final Residents residents;
    private final Follows follows;
    private final Outbox outbox;
    private final TargetLinks links;
    private final String baseUrl;

    ChallengeEmails(ChallengeLifecycle lifecycle, ChallengePledges pledges, Residents residents, Follows follows, Outbox outbox, TargetLinks links,
            SiteProperties site) {
        this.lifecycle = lifecycle;
        this.pledges = pledges;
        this.residents = residents;
        this.follows = follows;
        this.outbox = outbox;
        this.links = links;
        this.baseUrl = site.baseUrl();
    }

    @ApplicationModuleListener
    void on(ChallengeGoalReached event) {
        Challenge challenge = lifecycle.get(event.challengeId());
        String link = links.link(challenge.getId());
        // targets are French towns, companies and associations: they are written to in French
        outbox.queue(Email.to(challenge.getTargetEmail(), Locale.FRENCH, "challenge/email/target", "challenge.email.target.subject",
                        challenge.getTitle())
                .with("title", challenge.getTitle())
                .with("targetName", challenge.getTargetName())
                .with("counterCommitment", challenge.getCounterCommitment())
                .with("total", challenge.total())
                .with("link", link)
                // the signature makes the link the target's answer: only they may read it
                .secret(link.substring(link.lastIndexOf("signature=") + "signature=".length()))
                .messageId("challenge-" + challenge.getId() + "-target"));
        tellPledgers(challenge, "goal", "challenge.email.goal.subject", "challenge.email.goal.body");
    }

    @ApplicationModuleListener
    void on(ChallengeAnswered event) {
        Challenge challenge = lifecycle.get(event.challengeId());
        tellPledgers(challenge, "answer", "challenge.email.answer.subject",
                event.accepted() ? "challenge.email.answer.accepted" : "challenge.email.answer.declined");
    }

    private void tellPledgers(Challenge challenge, String what, String subjectKey, String bodyKey) {
        Topic topic = Topic.challenge(challenge.getId());
        for (long residentId : pledges.pledgers(challenge.getId())) {
            // IMMEDIATE followers hear of it from the following module at once; everyone else who pledged,
            // daily and weekly followers included, is told now rather than in the next digest
            if (follows.frequency(residentId, topic).filter(f -> f == Frequency.IMMEDIATE).isPresent()) {
                continue;
            }
            residents.details(residentId).ifPresent(r -> outbox.queue(
                    Email.to(r.email(), r.locale(), "challenge/email/pledgers", subjectKey, challenge.getTitle())
                            .with("name", r.displayName())
                            .with("bodyKey", bodyKey)
                            .with("title", challenge.getTitle())
                            .with("targetName", challenge.getTargetName())
                            .with("message", challenge.getAnswerMessage())
                            .with("link", baseUrl + "/defis/" + challenge.getId())
                            .messageId("challenge-" + challenge.getId() + "-" + what + "-" + residentId)));
        }
    }
}
