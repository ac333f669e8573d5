package org.voisinage.initiative;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.common.Markdown;
import org.voisinage.following.TopicActivity;
import org.voisinage.initiative.InitiativeViews.UpdateView;
import org.voisinage.initiative.InitiativeViews.Viewer;

/** News from an initiative's organisers: public like the initiative; members and followers hear of it. */
@Service
@Transactional(readOnly = true)
public class InitiativeNews {

    private final InitiativeUpdateRepository updates;
    private final InitiativeRules rules;
    private final Residents residents;
    private final Markdown markdown;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InitiativeNews(InitiativeUpdateRepository updates, InitiativeRules rules, Residents residents, Markdown markdown,
            ApplicationEventPublisher events, Clock clock) {
        this.updates = updates;
        this.rules = rules;
        this.residents = residents;
        this.markdown = markdown;
        this.events = events;
        this.clock = clock;
    }

    /** Organisers post news: members and followers hear of it (in-app and in their digest). */
    @Transactional
    public long postUpdate(long id, long organiserId, CommentForm form) {
        Initiative initiative = rules.organisedBy(id, organiserId);
        ResidentView me = residents.get(organiserId);
        Instant now = clock.instant();
        InitiativeUpdate update = updates.save(new InitiativeUpdate(id, organiserId, me.displayName(), form.body(), now));
        initiative.touch(now);
        events.publishEvent(new TopicActivity(Initiatives.topic(id), initiative.getTitle(), Initiatives.path(id),
                "update", "initiative.activity.update", List.of(markdown.plain(form.body(), 200)), 0, false, now)
                .quoting(Initiatives.quoted(update.getId())));
        return update.getId();
    }

    /** The news as the page shows it, newest first, in one statement; hidden news for its author and moderators. */
    List<UpdateView> views(long initiativeId, Viewer viewer) {
        return updates.findByInitiativeIdOrderByPostedAtDescIdDesc(initiativeId).stream()
                .filter(u -> !u.isHidden() || viewer.moderator() || viewer.is(u.getAuthorId()))
                .map(u -> new UpdateView(u.getId(), u.getAuthorName(), markdown.html(u.getBody()), u.getPostedAt(),
                        u.isHidden(), u.getHiddenReason()))
                .toList();
    }
}
