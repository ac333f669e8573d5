package org.voisinage.challenge;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.Residents;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;

/** Actions: verified residents propose, staff publish, merge or decline. */
@Service
@Transactional(readOnly = true)
public class Actions {

    private final ActionRepository actions;
    private final Residents residents;

    Actions(ActionRepository actions, Residents residents) {
        this.actions = actions;
        this.residents = residents;
    }

    /** @throws Refusal when the person is not a verified resident */
    @Transactional
    public long propose(long residentId, ActionForm form) {
        if (!residents.get(residentId).verified()) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, null, "challenge.refused.pending");
        }
        return actions.save(new Action(form.title().strip(), form.description().strip(), form.theme(), residentId, false))
                .getId();
    }

    /** Staff (and the demo) add an action that is published at once. */
    @Transactional
    public long createPublished(ActionForm form) {
        return actions.save(new Action(form.title().strip(), form.description().strip(), form.theme(), null, true)).getId();
    }

    /** @throws Refusal for an unknown decision, a missing reason, or a merge into nothing published */
    @Transactional
    public void decide(long id, ActionDecisionForm form) {
        Action action = actions.findById(id).orElseThrow(() -> new NotFoundException("action", id));
        if (action.getStatus() != ActionStatus.PROPOSED) {
            throw Refusal.invalid(null, "challenge.action.alreadyDecided");
        }
        switch (form.decision() == null ? "" : form.decision()) {
            case "publish" -> action.publish();
            case "merge" -> {
                Action into = form.mergeIntoId() == null ? null : actions.findById(form.mergeIntoId())
                        .filter(a -> a.getStatus() == ActionStatus.PUBLISHED && !a.getId().equals(id)).orElse(null);
                if (into == null) {
                    throw Refusal.invalid("mergeIntoId", "challenge.action.mergeTarget");
                }
                action.mergeInto(into);
            }
            case "decline" -> {
                if (form.reason() == null || form.reason().isBlank()) {
                    throw Refusal.invalid("reason", "challenge.action.reasonRequired");
                }
                action.decline(form.reason().strip());
            }
            default -> throw Refusal.invalid("decision", "challenge.action.decision");
        }
    }

    public List<ActionView> published() {
        return actions.findByStatusOrderByTitleAsc(ActionStatus.PUBLISHED).stream().map(Action::toView).toList();
    }

    public List<ActionView> proposed() {
        return actions.findByStatusOrderByCreatedAtAsc(ActionStatus.PROPOSED).stream().map(Action::toView).toList();
    }
}
