package org.voisinage.notification;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.common.NotFoundException;
import org.voisinage.notification.internal.EmailRenderer;
import org.voisinage.notification.internal.EmailSecrets;
import org.voisinage.notification.internal.EmailSecrets.Sealed;
import org.voisinage.notification.internal.EmailRenderer.RenderedEmail;
import org.voisinage.notification.internal.HeaderLines;

/** The notification module's API: emails are queued in the caller's transaction and sent later. */
@Service
@Transactional(readOnly = true)
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    /** Deliberately loose: callers validated the address with their form; this only keeps junk out of headers. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>()\\[\\],;:\"]+@[^@\\s<>()\\[\\],;:\"]+");
    private static final Pattern MESSAGE_ID = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+(@[A-Za-z0-9.-]+)?");

    private final OutboxEmailRepository emails;
    private final EmailRenderer renderer;
    private final EmailSecrets secrets;
    private final JdbcTemplate jdbc;
    private final String messageIdHost;

    Outbox(OutboxEmailRepository emails, EmailRenderer renderer, EmailSecrets secrets, JdbcTemplate jdbc) {
        this.emails = emails;
        this.renderer = renderer;
        this.secrets = secrets;
        this.jdbc = jdbc;
        String host = URI.create(renderer.baseUrl()).getHost();
        this.messageIdHost = host == null || host.isBlank() ? "voisinage.localhost" : host;
    }

    /**
     * Renders and stores the email in the current transaction; a scheduled sender delivers it. An email
     * whose Message-ID ({@link Email#messageId(String)}) is already in the outbox is not queued again.
     *
     * @throws IllegalArgumentException when the recipient is not an email address, or a header is malformed
     */
    /**
     * An address in the reserved {@code .invalid} domain (RFC 2606) can receive nothing: the accounts that must never
     * be emailed (assisted accounts, deleted ones) carry one, so every module's email to them stops here.
     */
    static boolean undeliverable(String recipient) {
        return recipient.toLowerCase(java.util.Locale.ROOT).endsWith(".invalid");
    }

    @Transactional
    public void queue(Email email) {
        String recipient = email.to() == null ? "" : email.to().strip();
        if (!ADDRESS.matcher(recipient).matches() || recipient.length() > 254) {
            throw new IllegalArgumentException("Not an email address: " + recipient);
        }
        if (undeliverable(recipient)) {
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>(email.headers());
        String messageId = messageId(headers.remove(Email.MESSAGE_ID));
        String headerLines = HeaderLines.format(headers);
        if (emails.existsByMessageId(messageId)) {
            log.info("Email {} is already in the outbox; not queued again", messageId);
            return;
        }
        RenderedEmail rendered = renderer.render(email);
        Sealed sealed = seal(email, rendered, headerLines, messageId);
        emails.save(new OutboxEmail(recipient, email.locale(), rendered.subject(), sealed.text(), sealed.html(),
                sealed.headers(), messageId, sealed.secrets(), Instant.now()));
    }

    /**
     * Queues many emails at once, as {@link #queue(Email)} does one by one, in a constant number of statements:
     * one to find the Message-IDs already queued, one batched insert. For bulk senders (digests).
     *
     * @return how many emails were queued (those already in the outbox are not)
     * @throws IllegalArgumentException when a recipient is not an email address, or a header is malformed
     */
    @Transactional
    public int queueAll(Collection<Email> batch) {
        Map<String, Email> byMessageId = new LinkedHashMap<>();
        Map<String, String> headerLines = new HashMap<>();
        for (Email email : batch) {
            String recipient = email.to() == null ? "" : email.to().strip();
            if (!ADDRESS.matcher(recipient).matches() || recipient.length() > 254) {
                throw new IllegalArgumentException("Not an email address: " + recipient);
            }
            if (undeliverable(recipient)) {
                continue;
            }
            Map<String, String> headers = new LinkedHashMap<>(email.headers());
            String messageId = messageId(headers.remove(Email.MESSAGE_ID));
            headerLines.put(messageId, HeaderLines.format(headers));
            byMessageId.putIfAbsent(messageId, email);
        }
        if (byMessageId.isEmpty()) {
            return 0;
        }
        emails.findExistingMessageIds(byMessageId.keySet()).forEach(byMessageId::remove);
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        // rendering is the costly part of a bulk send, and the template engines are thread-safe: on every core
        List<Object[]> rows = new ArrayList<>(byMessageId.entrySet()).parallelStream().map(entry -> {
            Email email = entry.getValue();
            RenderedEmail rendered = renderer.render(email);
            Sealed sealed = seal(email, rendered, headerLines.get(entry.getKey()), entry.getKey());
            return new Object[] {email.to().strip(), email.locale().toLanguageTag(), rendered.subject(),
                    sealed.text(), sealed.html(), sealed.headers(), entry.getKey(), sealed.secrets(), now, now};
        }).toList();
        // on conflict: a concurrent queue of the same Message-ID won the race; the email is queued once all the same
        int[][] counts = jdbc.batchUpdate("""
                insert into outbox_email (recipient, locale, subject, body_text, body_html, headers, message_id,
                                          sealed_secrets, status, next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?)
                on conflict (message_id) do nothing""", rows, 500, (ps, row) -> {
            for (int i = 0; i < row.length; i++) {
                ps.setObject(i + 1, row[i]);
            }
        });
        int queued = 0;
        for (int[] chunk : counts) {
            for (int count : chunk) {
                queued += count == java.sql.Statement.SUCCESS_NO_INFO ? 1 : Math.max(count, 0);
            }
        }
        return queued;
    }

    private Sealed seal(Email email, RenderedEmail rendered, String headerLines, String messageId) {
        for (String secret : email.secrets()) {
            if (rendered.subject().contains(secret)) {
                throw new IllegalArgumentException("A secret must not be part of the subject of " + messageId);
            }
        }
        return secrets.seal(email.secrets(), rendered.text(), rendered.html(), headerLines, messageId);
    }

    /**
     * How many emails whose Message-ID starts with {@code prefix} (as given to {@link Email#messageId(String)})
     * stand in each status: a bulk sender's delivery report (e.g. all the digests of one period).
     */
    public Map<OutboxStatus, Long> countByMessageIdPrefix(String prefix) {
        Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
        for (OutboxStatus status : OutboxStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.query("select status, count(*) from outbox_email where message_id like ? escape '!' group by status",
                rs -> {
                    counts.put(OutboxStatus.valueOf(rs.getString(1)), rs.getLong(2));
                }, likePrefix(prefix));
        return counts;
    }

    /**
     * Staff's "retry now" for every failed email whose Message-ID starts with {@code prefix}.
     *
     * @return how many emails will be attempted again
     */
    @Transactional
    public int retryFailedByMessageIdPrefix(String prefix) {
        List<Long> failed = jdbc.queryForList(
                "select id from outbox_email where status = 'FAILED' and message_id like ? escape '!'",
                Long.class, likePrefix(prefix));
        int retried = 0;
        for (Long id : failed) {
            retried += retryNow(id) ? 1 : 0;
        }
        return retried;
    }

    private static String likePrefix(String prefix) {
        return "<" + prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** The last email queued for this address (any status), its secrets masked. */
    public Optional<OutboxMessage> latestTo(String recipient) {
        return emails.findLatestTo(recipient.strip(), PageRequest.of(0, 1)).stream().findFirst()
                .map(OutboxEmail::toMessage);
    }

    /**
     * The last email to this address as it will be sent, secrets included while it is not sent yet. Only for
     * tests (they play the recipient): nothing shows this to anyone but the recipient.
     */
    Optional<OutboxMessage> latestAsSentTo(String recipient) {
        return emails.findLatestTo(recipient.strip(), PageRequest.of(0, 1)).stream().findFirst().map(email -> {
            OutboxMessage masked = email.toMessage();
            String sealed = email.getSealedSecrets();
            return new OutboxMessage(masked.id(), masked.recipient(), masked.locale(), masked.subject(),
                    secrets.unseal(email.getBodyText(), sealed, email.getMessageId()),
                    secrets.unseal(email.getBodyHtml(), sealed, email.getMessageId()),
                    HeaderLines.parse(secrets.unseal(email.getHeaders(), sealed, email.getMessageId())),
                    masked.messageId(), masked.status(), masked.attempts(), masked.nextAttemptAt(), masked.lastError(),
                    masked.createdAt(), masked.sentAt(), masked.bodiesErasedAt());
        });
    }

    /**
     * Erases the bodies of the emails sent before {@code sentBefore}, {@code batchSize} at a time, each batch its own
     * transaction (none around them); how many.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    int eraseBodiesSentBefore(Instant sentBefore, int batchSize) {
        Instant now = Instant.now();
        int total = 0;
        int erased;
        do {
            erased = emails.eraseBodiesSentBefore(sentBefore, now, batchSize);
            total += erased;
        } while (erased == batchSize);
        return total;
    }

    public OutboxMessage get(long id) {
        return emails.findById(id).map(OutboxEmail::toMessage).orElseThrow(() -> new NotFoundException("email", id));
    }

    /**
     * Staff's list, newest first.
     *
     * @param status null for all
     * @param recipientContains part of the recipient's address, blank for all
     */
    public Page<OutboxSummary> list(OutboxStatus status, String recipientContains, Pageable pageable) {
        List<OutboxStatus> statuses = status == null ? Arrays.asList(OutboxStatus.values()) : List.of(status);
        String search = recipientContains == null ? "" : recipientContains.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return emails.summaries(statuses, "%" + search + "%", pageable);
    }

    public long count(OutboxStatus status) {
        return emails.countByStatus(status);
    }

    /**
     * Staff's "retry now" for an email that failed or waits for its next attempt: its attempts start again.
     *
     * @return false when the email was sent or is being sent
     */
    @Transactional
    public boolean retryNow(long id) {
        OutboxEmail email = emails.findById(id).orElseThrow(() -> new NotFoundException("email", id));
        return email.retryNow(Instant.now());
    }

    /** {@code <id@host>}: the caller's id completed with the site's host, or a random one. */
    private String messageId(String requested) {
        if (requested == null || requested.isBlank()) {
            return "<" + UUID.randomUUID() + "@" + messageIdHost + ">";
        }
        String id = requested.strip();
        if (id.startsWith("<") && id.endsWith(">")) {
            id = id.substring(1, id.length() - 1);
        }
        if (!MESSAGE_ID.matcher(id).matches() || id.length() > 200) {
            throw new IllegalArgumentException("Malformed Message-ID: " + requested);
        }
        return "<" + (id.contains("@") ? id : id + "@" + messageIdHost) + ">";
    }
}
