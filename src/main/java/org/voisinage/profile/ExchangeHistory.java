package org.voisinage.profile;

import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.messaging.ExchangeCompleted;

/** Keeps the exchanges confirmed in conversations (for the profiles' counts and thanks) and moves time credits. */
@Component
public class ExchangeHistory {

    private final CompletedExchangeRepository exchanges;
    private final TimeCredits credits;
    private final Clock clock;
    private final org.voisinage.account.Residents residents;

    ExchangeHistory(CompletedExchangeRepository exchanges, TimeCredits credits, Clock clock,
            org.voisinage.account.Residents residents) {
        this.exchanges = exchanges;
        this.credits = credits;
        this.clock = clock;
        this.residents = residents;
    }

    @ApplicationModuleListener
    void on(ExchangeCompleted event) {
        record(event);
    }

    /** Records a confirmed exchange once (the listener, and the demo data which has no listing to exchange). */
    @Transactional
    public void record(ExchangeCompleted event) {
        if (exchanges.existsById(event.conversationId())) {
            return; // the event was delivered again after a restart
        }
        CompletedExchange exchange = exchanges.save(new CompletedExchange(event.conversationId(), event.subjectType(),
                event.subjectId(), event.giverId(), event.receiverId(), event.service(), clock.instant(),
                residents.details(event.giverId()).map(org.voisinage.account.ResidentDetails::neighbourhoodId)
                        .orElse(null)));
        credits.exchangeCompleted(exchange);
    }
}
