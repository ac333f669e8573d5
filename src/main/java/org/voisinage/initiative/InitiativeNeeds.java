package org.voisinage.initiative;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.initiative.InitiativeViews.NeedView;
import org.voisinage.initiative.InitiativeViews.OfferView;
import org.voisinage.initiative.InitiativeViews.Viewer;

/**
 * What an initiative needs and the offers that fill it: organisers add needs and accept or decline offers, verified
 * neighbours offer.
 */
@Service
@Transactional(readOnly = true)
public class InitiativeNeeds {

    private final NeedRepository needs;
    private final OfferRepository offers;
    private final InitiativeRepository initiatives;
    private final InitiativeRules rules;
    private final Clock clock;

    InitiativeNeeds(NeedRepository needs, OfferRepository offers, InitiativeRepository initiatives,
            InitiativeRules rules, Clock clock) {
        this.needs = needs;
        this.offers = offers;
        this.initiatives = initiatives;
        this.rules = rules;
        this.clock = clock;
    }

    @Transactional
    public long addNeed(long id, long organiserId, NeedForm form) {
        Initiative initiative = rules.organisedBy(id, organiserId);
        InitiativeRules.requireOpen(initiative);
        Instant now = clock.instant();
        Need need = needs.save(new Need(id, form.kind(), form.label(), form.quantity() == null ? 0 : form.quantity(),
                form.kind() == NeedKind.PEOPLE ? form.neededOn() : null, now));
        initiative.touch(now);
        return need.getId();
    }

    /**
     * A verified neighbour offers to fill (part of) a need. Refused when the need is filled already, or while their
     * previous offer on it waits for an answer.
     */
    @Transactional
    public long offer(long id, long needId, long residentId, OfferForm form) {
        Initiative initiative = rules.open(id);
        ResidentView me = rules.neighbourOf(initiative, residentId);
        Need need = needOf(id, needId);
        if (need.isFilledBy(offers.acceptedQuantity(needId))) {
            throw Refusal.conflict("initiative.need.filled");
        }
        if (offers.existsByNeedIdAndResidentIdAndStatus(needId, residentId, OfferStatus.PENDING)) {
            throw Refusal.conflict("initiative.offer.already");
        }
        Instant now = clock.instant();
        Offer offer = offers.save(new Offer(needId, id, residentId, me.displayName(),
                form.quantity() == null ? 0 : form.quantity(), form.note(), now));
        initiative.touch(now);
        return offer.getId();
    }

    /** An organiser accepts or declines an offer, once. */
    @Transactional
    public void decideOffer(long id, long offerId, long organiserId, boolean accept) {
        rules.organisedBy(id, organiserId);
        Initiative initiative = initiatives.findLocked(id).orElseThrow(() -> new NotFoundException("initiative", id));
        Offer offer = offers.findById(offerId).filter(o -> o.getInitiativeId() == id)
                .orElseThrow(() -> new NotFoundException("offer", offerId));
        offer.decide(accept, clock.instant());
        initiative.touch(clock.instant());
    }

    /** A need as the needs list shows it: how much accepted offers cover. */
    public NeedView need(long id, long needId) {
        Need need = needOf(id, needId);
        int accepted = offers.acceptedQuantity(needId);
        return new NeedView(needId, need.getKind(), need.getLabel(), need.getQuantity(), need.getNeededOn(), accepted,
                need.missing(accepted), need.isFilledBy(accepted), List.of());
    }

    /**
     * The initiative's needs with what accepted offers cover, in two statements; offers shown to organisers, and to
     * each neighbour their own.
     */
    List<NeedView> views(long initiativeId, Viewer viewer) {
        Map<Need, List<Offer>> byNeed = new java.util.LinkedHashMap<>();
        for (Object[] row : needs.findWithOffers(initiativeId)) {
            List<Offer> list = byNeed.computeIfAbsent((Need) row[0], n -> new java.util.ArrayList<>());
            if (row[1] != null) {
                list.add((Offer) row[1]);
            }
        }
        return byNeed.entrySet().stream().map(entry -> {
            Need need = entry.getKey();
            List<Offer> list = entry.getValue();
            int accepted = list.stream().filter(o -> o.getStatus() == OfferStatus.ACCEPTED).mapToInt(Offer::getQuantity)
                    .sum();
            List<OfferView> shown = list.stream()
                    .filter(o -> viewer.organiser() || viewer.is(o.getResidentId()))
                    .map(o -> new OfferView(o.getId(), o.getDisplayName(), o.getQuantity(), o.getNote(), o.getStatus(),
                            viewer.is(o.getResidentId())))
                    .toList();
            return new NeedView(need.getId(), need.getKind(), need.getLabel(), need.getQuantity(), need.getNeededOn(),
                    accepted, need.missing(accepted), need.isFilledBy(accepted), shown);
        }).toList();
    }

    private Need needOf(long id, long needId) {
        return needs.findById(needId).filter(n -> n.getInitiativeId() == id)
                .orElseThrow(() -> new NotFoundException("need", needId));
    }
}
