package org.voisinage.webhook;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What an endpoint may receive; the payload's {@code type} is {@link #wireName()}. */
public enum WebhookEventType {
    CHALLENGE_GOAL_REACHED("challenge.goal_reached"),
    CHALLENGE_ANSWERED("challenge.answered"),
    CHALLENGE_FULFILLED("challenge.fulfilled"),
    EVENT_PUBLISHED("event.published"),
    EVENT_CANCELLED("event.cancelled"),
    ANNOUNCEMENT_PUBLISHED("announcement.published"),
    /** Sent by staff from the endpoint's page to try it; never subscribed to. */
    PING("ping");

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public String labelKey() {
        return "webhook.event." + name().toLowerCase(Locale.ROOT);
    }

    /** The types staff choose from. */
    public static List<WebhookEventType> subscribable() {
        return Arrays.stream(values()).filter(t -> t != PING).toList();
    }
}
