package org.voisinage.request;

import java.time.Instant;
import java.util.List;

/**
 * A request as its reader sees it: the resident never sees staff-only notes.
 *
 * @param overdue new and unanswered past the reminder delay (staff see it flagged)
 */
public record RequestPage(long id, long residentId, String residentName, RequestCategory category, String subject,
        RequestStatus status, Long assigneeId, String assigneeName, Instant createdAt, boolean overdue,
        List<Message> messages) {

    public record Message(String authorName, boolean fromStaff, boolean staffOnly, String body, Instant at) {}
}
