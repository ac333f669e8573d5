package org.voisinage.assisted;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.AssistedAccountForm;
import org.voisinage.account.AssistedAccounts;
import org.voisinage.account.ResidentDetails;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.account.Viewer;
import org.voisinage.agenda.Agenda;
import org.voisinage.agenda.AgendaViews.EventCard;
import org.voisinage.agenda.Rsvps;
import org.voisinage.challenge.ChallengePledges;
import org.voisinage.challenge.ChallengeState;
import org.voisinage.challenge.ChallengeViews.Card;
import org.voisinage.challenge.Challenges;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.common.SiteClock;
import org.voisinage.moderation.AuditTrail;
import org.voisinage.suggestion.SuggestionForm;
import org.voisinage.suggestion.Suggestions;
import org.voisinage.verification.Letters;
import org.voisinage.verification.VerificationQueue;

/**
 * What staff do for a resident without email: create their assisted account (verified by the member of staff, who
 * vouches for the dwelling), record a pledge, an RSVP or a need on their behalf through each module's API, print
 * their summary, and send the takeover link to the email they give. Staff act only in their territories; every
 * step is in the audit trail ("assisted.*", about "resident:&lt;id&gt;"), which is also the record the page and the
 * summary list.
 */
@Service
@Transactional(readOnly = true)
public class AssistedParticipation {

    static final String CREATE = "assisted.create";
    static final String PLEDGE = "assisted.pledge";
    static final String RSVP = "assisted.rsvp";
    static final String NOT_GOING = "assisted.notGoing";
    static final String NEED = "assisted.need";
    static final String TAKEOVER = "assisted.takeover";
    private static final String PREFIX = "assisted.";
    private static final int CHOICES = 100;

    /** A line of what staff did for the person: when, the action's label key, the item, who. */
    public record Recorded(Instant at, String labelKey, String item, String staffName) {}

    private final AssistedAccounts accounts;
    private final Residents residents;
    private final VerificationQueue verification;
    private final Letters letters;
    private final Challenges challenges;
    private final ChallengePledges pledges;
    private final Agenda agenda;
    private final Rsvps rsvps;
    private final Suggestions suggestions;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final ZoneId zone;

    AssistedParticipation(AssistedAccounts accounts, Residents residents, VerificationQueue verification,
            Letters letters, Challenges challenges, ChallengePledges pledges, Agenda agenda, Rsvps rsvps,
            Suggestions suggestions, AuditTrail audit, MessageSource messages, SiteClock clock) {
        this.accounts = accounts;
        this.residents = residents;
        this.verification = verification;
        this.letters = letters;
        this.challenges = challenges;
        this.pledges = pledges;
        this.agenda = agenda;
        this.rsvps = rsvps;
        this.suggestions = suggestions;
        this.audit = audit;
        this.messages = messages;
        this.zone = clock.zone();
    }

    /**
     * Creates the assisted account at the dwelling and verifies it, as this member of staff (audited twice: the
     * verification audit and the audit trail). The household cap of the dwelling applies.
     *
     * @throws Refusal invalid on the address (unknown, outside, another territory's), conflict when the dwelling is
     *         full (nothing is created)
     */
    @Transactional
    public long create(AssistedAccountForm form, Viewer staff) {
        long id = accounts.create(form, staff);
        verification.verify(id, staff.id());
        audit.record(staff.id(), CREATE, subject(id), null);
        return id;
    }

    /** The assisted resident, for staff of their territory; not found for anyone else or an account not assisted. */
    public ResidentDetails resident(long id, Viewer staff) {
        return residents.details(id).filter(ResidentDetails::assisted)
                .filter(r -> staff.staffOfNeighbourhood(r.neighbourhoodId()))
                .orElseThrow(() -> new NotFoundException("resident", id));
    }

    /** The open challenges the resident may pledge to (those of their neighbourhood and territory). */
    public List<Card> openChallenges(long id) {
        return challenges.list(residents.get(id), null, ChallengeState.OPEN, Challenges.Sort.DEADLINE,
                PageRequest.of(0, CHOICES)).getContent();
    }

    /** The coming events of the resident's neighbourhood, as they would see them. */
    public List<EventCard> comingEvents(long id) {
        ResidentView resident = residents.get(id);
        return resident.neighbourhoodId() == null ? List.of()
                : agenda.coming(resident.neighbourhoodId(), resident, PageRequest.of(0, CHOICES)).getContent();
    }

    /**
     * Pledges on the resident's behalf to one of {@link #openChallenges}; the pledge says this member of staff
     * entered it.
     *
     * @throws Refusal invalid on "challengeId" for a challenge not among them; the pledge's own refusals
     */
    @Transactional
    public void pledge(long id, long challengeId, Viewer staff) {
        resident(id, staff);
        Card challenge = openChallenges(id).stream().filter(c -> c.id() == challengeId).findFirst()
                .orElseThrow(() -> Refusal.invalid("challengeId", "assisted.choice.unknown"));
        pledges.pledgeFor(challengeId, id, staff.id());
        audit.record(staff.id(), PLEDGE, subject(id), "challenge:" + challengeId + " " + challenge.title());
    }

    /**
     * Answers one of {@link #comingEvents} on the resident's behalf; the answer says this member of staff entered it.
     *
     * @throws Refusal invalid on "eventId" for an event not among them; the answer's own refusals
     */
    @Transactional
    public void rsvp(long id, long eventId, boolean going, Viewer staff) {
        resident(id, staff);
        EventCard event = comingEvents(id).stream().filter(e -> e.id() == eventId).findFirst()
                .orElseThrow(() -> Refusal.invalid("eventId", "assisted.choice.unknown"));
        rsvps.respondFor(eventId, id, going, staff.id());
        audit.record(staff.id(), going ? RSVP : NOT_GOING, subject(id), "event:" + eventId + " " + event.title());
    }

    /** Raises a need of the resident's neighbourhood on their behalf; its page says it was entered by staff. */
    @Transactional
    public long need(long id, SuggestionForm form, Viewer staff) {
        resident(id, staff);
        long need = suggestions.raiseFor(id, form, staff.id());
        audit.record(staff.id(), NEED, subject(id), "suggestion:" + need + " " + form.title().strip());
        return need;
    }

    /**
     * Sends the takeover link to the email the person gave (the account stays assisted until they use it).
     *
     * @throws Refusal conflict on "email" when another account uses it
     */
    @Transactional
    public void offerTakeover(long id, String email, Viewer staff) {
        resident(id, staff);
        accounts.offerTakeover(id, email);
        // the email itself is not written down: the audit trail keeps no personal data it does not need
        audit.record(staff.id(), TAKEOVER, subject(id), null);
    }

    /** What staff did for the resident, newest first. */
    public List<Recorded> recorded(long id) {
        return audit.about(subject(id), PREFIX).stream()
                .map(e -> new Recorded(e.at(), "assisted.action." + e.action().substring(PREFIX.length()),
                        item(e.reason()), e.actorName()))
                .toList();
    }

    /**
     * A printed summary for the resident, in their language, in the verification letters' layout (for a window
     * envelope): their account, what staff recorded on their behalf, and how to take the account over.
     */
    public byte[] summary(long id, Viewer staff) {
        ResidentDetails resident = resident(id, staff);
        Locale locale = resident.locale();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(text("assisted.summary.greeting", locale, resident.displayName()));
        paragraphs.add(text("assisted.summary.account", locale,
                resident.verifiedAt() == null ? "" : dates.format(resident.verifiedAt().atZone(zone))));
        List<Recorded> recorded = recorded(id).stream().filter(r -> !r.labelKey().endsWith(".create")
                && !r.labelKey().endsWith(".takeover")).toList();
        if (recorded.isEmpty()) {
            paragraphs.add(text("assisted.summary.nothing", locale));
        } else {
            paragraphs.add(text("assisted.summary.recorded", locale));
            List<Recorded> oldestFirst = new ArrayList<>(recorded);
            java.util.Collections.reverse(oldestFirst);
            for (Recorded r : oldestFirst) {
                paragraphs.add("- " + dates.format(r.at().atZone(zone)) + " : " + text(r.labelKey(), locale) + " \u2014 "
                        + r.item());
            }
        }
        paragraphs.add(text("assisted.summary.takeover", locale));
        return letters.note(id, text("assisted.summary.title", locale), paragraphs);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The audit line's reason is "type:id title": the title. */
    private static String item(String reason) {
        if (reason == null) {
            return "";
        }
        int space = reason.indexOf(' ');
        return space < 0 ? "" : reason.substring(space + 1);
    }

    private static String subject(long id) {
        return "resident:" + id;
    }
}
