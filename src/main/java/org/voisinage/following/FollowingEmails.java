package org.voisinage.following;

import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.voisinage.notification.Email;

/**
 * The emails of this module, each carrying its unsubscribe key in the body and in the RFC 8058 headers.
 * Activity lines are resolved here in the follower's language: the message keys belong to the modules that
 * published the activities.
 */
@Component
class FollowingEmails {

    private final MessageSource messages;
    private final String baseUrl;
    private final String unsubscribeMailbox;

    FollowingEmails(MessageSource messages, @Value("${voisinage.base-url}") String baseUrl,
            @Value("${voisinage.following.unsubscribe-mailbox:unsubscribe@voisinage.localhost}") String unsubscribeMailbox) {
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.unsubscribeMailbox = unsubscribeMailbox;
    }

    /** One topic's news in a digest. */
    record DigestTopic(String title, String url, String unsubscribeUrl, List<String> lines) {}

    Email digest(DigestPeriod period, long followerId, String to, Locale locale, String allKey, List<DigestTopic> topics) {
        String kind = period.kind().name();
        return withUnsubscribe(Email.to(to, locale, "following/email/digest", "following.email.digest.subject." + kind)
                .with("kind", kind)
                .with("topics", topics)
                .messageId(period.messageId(followerId)), allKey);
    }

    Email immediate(long activityId, long followerId, String to, Locale locale, String unsubscribeKey,
            String topicTitle, String topicPath, String line) {
        return withUnsubscribe(Email.to(to, locale, "following/email/immediate", "following.email.immediate.subject",
                        topicTitle)
                .with("topicTitle", topicTitle)
                .with("topicUrl", url(topicPath))
                .with("line", line)
                .messageId("immediate-" + activityId + "-" + followerId), unsubscribeKey);
    }

    String line(String messageKey, Object[] args, Locale locale) {
        // a key another module forgot must not stop the emails: its key shows instead
        return messages.getMessage(messageKey, args, messageKey, locale);
    }

    String url(String path) {
        return path == null || path.isBlank() ? baseUrl : baseUrl + (path.startsWith("/") ? path : "/" + path);
    }

    String unsubscribeUrl(String key) {
        return baseUrl + "/desabonnement/" + key;
    }

    private Email withUnsubscribe(Email email, String key) {
        return email.with("unsubscribeUrl", unsubscribeUrl(key))
                .header("List-Unsubscribe", "<" + unsubscribeUrl(key) + ">, <mailto:" + unsubscribeMailbox
                        + "?subject=unsubscribe-" + key + ">")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
}
