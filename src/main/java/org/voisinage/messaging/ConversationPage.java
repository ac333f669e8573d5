package org.voisinage.messaging;

import java.util.List;

/**
 * One page of a conversation for one of its two residents: page 0 holds the latest messages, higher pages older ones;
 * the messages of a page are in the order they were sent.
 *
 * @param subject what the conversation is about, or null
 * @param readOnly whether no message can be sent (one blocked the other, or the other is barred)
 * @param iBlocked whether the viewer blocked the other side
 * @param markedByMe whether the viewer marked the exchange done (so the other side confirms)
 */
public record ConversationPage(long id, long otherId, String otherName, SubjectSummary subject, List<MessageView> messages,
        int page, boolean hasOlder, boolean readOnly, boolean iBlocked, ExchangeState exchange, boolean markedByMe,
        boolean iGave) {

    public boolean hasNewer() {
        return page > 0;
    }
}
