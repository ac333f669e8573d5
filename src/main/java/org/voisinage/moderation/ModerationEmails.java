package org.voisinage.moderation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.voisinage.common.SiteClock;
import org.voisinage.common.SiteProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.voisinage.account.ResidentDetails;
import org.voisinage.account.Residents;
import org.voisinage.notification.Email;
import org.voisinage.notification.Outbox;

/**
 * Tells authors of moderators' decisions: why their content was hidden or edited, a warning, a suspension (until
 * when) or a ban, always with how to appeal. Queued in the decision's transaction: a refused decision sends nothing.
 */
@Component
class ModerationEmails {

    private final Residents residents;
    private final Outbox outbox;
    private final MessageSource messages;
    private final String baseUrl;
    private final ZoneId zone;

    ModerationEmails(Residents residents, Outbox outbox, MessageSource messages,
            SiteProperties site, SiteClock siteClock) {
        this.residents = residents;
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = site.baseUrl();
        this.zone = siteClock.zone();
    }

    void decision(long authorId, long caseId, Decision decision, String reason, Instant until, String path) {
        residents.details(authorId).ifPresent(author -> outbox.queue(
                Email.to(author.email(), author.locale(), "moderation/email/decision",
                                "moderation.email.subject." + decision.name())
                        .with("name", author.displayName())
                        .with("bodyKey", "moderation.email.body." + decision.name())
                        .with("reason", reason)
                        .with("until", until == null ? null : format(until, author.locale()))
                        .with("link", path == null ? null : baseUrl + path)
                        .with("appealLink", baseUrl + "/recours")
                        .messageId("moderation-case-" + caseId + "-" + decision.name().toLowerCase())));
    }

    void appealAnswered(Appeal appeal) {
        Locale locale = appeal.getResidentId() == null ? Locale.FRENCH
                : residents.details(appeal.getResidentId()).map(ResidentDetails::locale).orElse(Locale.FRENCH);
        String key = appeal.getStatus() == AppealStatus.ACCEPTED ? "ACCEPTED" : "REJECTED";
        outbox.queue(Email.to(appeal.getEmail(), locale, "moderation/email/appeal", "moderation.email.appeal.subject")
                .with("bodyKey", "moderation.email.appeal." + key)
                .with("answer", appeal.getAnswer())
                .with("link", baseUrl + "/login")
                .messageId("moderation-appeal-" + appeal.getId()));
    }

    /** The reason shown to the author of content hidden automatically, in their language. */
    String autoHideReason(Long authorId) {
        Locale locale = authorId == null ? Locale.FRENCH
                : residents.details(authorId).map(ResidentDetails::locale).orElse(Locale.FRENCH);
        return messages.getMessage("moderation.autoHidden.reason", null, locale);
    }

    private String format(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone).format(instant);
    }
}
