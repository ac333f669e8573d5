package org.voisinage.profile;

import java.time.Clock;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;

/** Thanks after a confirmed exchange: one from each side, public on the recipient's profile, moderated. */
@Service
@Transactional(readOnly = true)
public class ThanksBook {

    private final ThanksRepository thanks;
    private final CompletedExchangeRepository exchanges;
    private final Residents residents;
    private final Clock clock;

    ThanksBook(ThanksRepository thanks, CompletedExchangeRepository exchanges, Residents residents, Clock clock) {
        this.thanks = thanks;
        this.exchanges = exchanges;
        this.residents = residents;
        this.clock = clock;
    }

    /**
     * @throws NotFoundException when the exchange is not confirmed or the resident was not part of it
     * @throws Refusal when they already thanked
     */
    public ThanksTarget target(long conversationId, long me) {
        CompletedExchange exchange = exchanges.findById(conversationId).filter(e -> e.involves(me))
                .orElseThrow(() -> new NotFoundException("exchange", conversationId));
        if (thanks.existsByConversationIdAndAuthorId(conversationId, me)) {
            throw new Refusal(Refusal.Kind.CONFLICT, null, "profile.thanks.already");
        }
        long recipient = exchange.other(me);
        return new ThanksTarget(conversationId, recipient,
                residents.find(recipient).map(ResidentView::displayName).orElse("?"));
    }

    /** @return the recipient's id */
    @Transactional
    public long thank(long conversationId, long me, String text) {
        ThanksTarget target = target(conversationId, me);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > Thanks.MAX_LENGTH) {
            throw new Refusal(Refusal.Kind.INVALID, null, "profile.thanks.invalid");
        }
        try {
            thanks.saveAndFlush(new Thanks(conversationId, me, target.recipientId(), body, clock.instant()));
        } catch (DataIntegrityViolationException twoClicksAtOnce) {
            throw new Refusal(Refusal.Kind.CONFLICT, null, "profile.thanks.already");
        }
        return target.recipientId();
    }
}
