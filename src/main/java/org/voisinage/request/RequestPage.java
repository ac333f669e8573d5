package org.voisinage.request;

import java.time.Instant;
import java.util.List;
import org.voisinage.common.Photos;

/**
 * A request as its reader sees it: the resident never sees staff-only notes (nor their photos).
 *
 * @param territoryId the territory whose staff handle it (their staff see the staff's side of the page)
 * @param overdue new and unanswered past the reminder delay (staff see it flagged)
 */
public record RequestPage(long id, long residentId, String residentName, Long territoryId, RequestCategory category,
        String subject, RequestStatus status, Long assigneeId, String assigneeName, Instant createdAt,
        boolean overdue, List<Message> messages) {

    public record Message(String authorName, boolean fromStaff, boolean staffOnly, String body, Instant at,
            List<Photo> photos) {}

    /** A photo of a message: its stored name and its thumbnail's, each served by the request's photo route. */
    public record Photo(String name, String thumbnail) {
        static Photo of(String name) {
            return new Photo(name, Photos.thumbnailName(name));
        }
    }
}
