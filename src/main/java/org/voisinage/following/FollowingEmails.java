package org.voisinage.following;

import java.util.List;
import java.util.Locale;
import org.voisinage.common.SiteProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.voisinage.notification.Email;

/**
 * The emails of this module, each carrying unsubscribe keys of its own (made as it is built, see
 * {@link UnsubscribeKeys}) in the body and in the RFC 8058 headers; the keys are the email's secrets, masked in
 * the outbox.
 * Activity lines are resolved here in the follower's language: the message keys belong to the modules that
 * published the activities.
 */
@Component
class FollowingEmails {

    private final MessageSource messages;
    private final UnsubscribeKeys keys;
    private final String baseUrl;
    private final String unsubscribeMailbox;

    FollowingEmails(MessageSource messages, UnsubscribeKeys keys, SiteProperties site,
            FollowingProperties settings) {
        this.messages = messages;
        this.keys = keys;
        String baseUrl = site.baseUrl();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.unsubscribeMailbox = settings.unsubscribeMailbox();
    }

    /** One topic's news in a digest; its unsubscribe link is made with the email. */
    record DigestTopic(String title, String url, long followId, String unsubscribeUrl, List<String> lines) {

        DigestTopic(String title, String url, long followId, List<String> lines) {
            this(title, url, followId, null, lines);
        }
    }

    /** Keys for the emails of one transaction, stored together by {@link UnsubscribeKeys.Batch#save()}. */
    UnsubscribeKeys.Batch keys() {
        return keys.batch();
    }

    Email digest(UnsubscribeKeys.Batch keys, DigestPeriod period, long followerId, String to, Locale locale,
            List<DigestTopic> topics) {
        String kind = period.kind().name();
        Email email = Email.to(to, locale, "following/email/digest", "following.email.digest.subject." + kind);
        List<DigestTopic> linked = topics.stream().map(t -> {
            String key = keys.follow(followerId, t.followId());
            email.secret(key);
            return new DigestTopic(t.title(), t.url(), t.followId(), unsubscribeUrl(key), t.lines());
        }).toList();
        return withUnsubscribe(email
                .with("kind", kind)
                .with("topics", linked)
                .messageId(period.messageId(followerId)), keys.allTopics(followerId));
    }

    Email immediate(UnsubscribeKeys.Batch keys, long activityId, long followerId, long followId, String to,
            Locale locale, String topicTitle, String topicPath, String line) {
        return withUnsubscribe(Email.to(to, locale, "following/email/immediate", "following.email.immediate.subject",
                        topicTitle)
                .with("topicTitle", topicTitle)
                .with("topicUrl", url(topicPath))
                .with("line", line)
                .messageId("immediate-" + activityId + "-" + followerId), keys.follow(followerId, followId));
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
        return email.secret(key).with("unsubscribeUrl", unsubscribeUrl(key))
                .header("List-Unsubscribe", "<" + unsubscribeUrl(key) + ">, <mailto:" + unsubscribeMailbox
                        + "?subject=unsubscribe-" + key + ">")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
}
