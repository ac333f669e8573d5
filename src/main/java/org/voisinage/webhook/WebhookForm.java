package org.voisinage.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What staff write: the partner's address, a note saying whose it is, the events it receives, and the territory
 * (none: every territory, for administrators and global staff only).
 */
public record WebhookForm(
        @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}") String url,
        @Size(max = 200, message = "{validation.tooLong}") String description,
        @NotEmpty(message = "{webhook.events.required}") List<WebhookEventType> eventTypes,
        Long territoryId, Boolean enabled) {

    public static WebhookForm empty() {
        return new WebhookForm("", "", List.of(), null, true);
    }

    /** An unticked box sends nothing. */
    boolean isEnabled() {
        return Boolean.TRUE.equals(enabled);
    }

    List<WebhookEventType> chosenTypes() {
        return eventTypes == null ? List.of()
                : eventTypes.stream().filter(t -> t != null && t != WebhookEventType.PING).distinct().sorted().toList();
    }
}
