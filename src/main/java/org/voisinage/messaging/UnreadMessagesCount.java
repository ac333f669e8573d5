package org.voisinage.messaging;

import org.springframework.stereotype.Component;
import org.voisinage.common.HeaderCounts;

/** The header's unread count, {@code unreadMessages}, read with the other header counts in one statement. */
@Component
class UnreadMessagesCount implements HeaderCounts.Count {

    @Override
    public String attribute() {
        return "unreadMessages";
    }

    @Override
    public String sql() {
        return Conversations.UNREAD;
    }
}
