package org.voisinage.account;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.voisinage.common.Photos;
import org.voisinage.common.SiteProperties;
import org.voisinage.notification.Email;
import org.voisinage.notification.Outbox;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Export my data": a resident asks, a scheduled job (any instance) prepares a ZIP of a JSON of everything the modules
 * hold about them ({@link PersonalDataContributor}) and their photos, and emails a link valid 24 hours. The archive
 * waits in the database (instances share no disk); the link's token is kept hashed; the file is given only to its
 * owner, signed in.
 */
@Service
public class DataExports {

    private static final Logger log = LoggerFactory.getLogger(DataExports.class);
    static final Duration VALIDITY = Duration.ofHours(24);
    /** Exports prepared per run at most: a run stays short, the next one goes on. */
    private static final int PER_RUN = 20;

    /** Where a resident's latest export stands, for the account page. */
    public record Status(Instant requestedAt, Instant readyAt, Instant expiresAt) {

        public boolean ready() {
            return readyAt != null;
        }
    }

    /** A prepared archive and its file name. */
    public record Archive(String fileName, byte[] bytes) {}

    private final JdbcTemplate jdbc;
    private final List<PersonalDataContributor> contributors;
    private final Photos photos;
    private final Outbox outbox;
    private final ResidentRepository residents;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final String baseUrl;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    DataExports(JdbcTemplate jdbc, List<PersonalDataContributor> contributors, Photos photos, Outbox outbox,
            ResidentRepository residents, Clock clock, PlatformTransactionManager transactionManager,
            SiteProperties site) {
        this.jdbc = jdbc;
        this.contributors = contributors.stream().sorted(Comparator.comparing(PersonalDataContributor::section)).toList();
        this.photos = photos;
        this.outbox = outbox;
        this.residents = residents;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.baseUrl = site.baseUrl();
    }

    /** Asks for an export; one waiting is enough (asking again while it is prepared adds nothing). */
    @Transactional
    public void request(long residentId) {
        jdbc.update("""
                insert into data_export (resident_id, requested_at) select ?, ?
                where not exists (select 1 from data_export where resident_id = ? and ready_at is null)""",
                residentId, Timestamp.from(clock.instant()), residentId);
    }

    /** The latest export still waiting or downloadable. */
    @Transactional(readOnly = true)
    public Optional<Status> latest(long residentId) {
        return jdbc.query("""
                select requested_at, ready_at, expires_at from data_export
                where resident_id = ? and (ready_at is null or expires_at > ?) order by requested_at desc limit 1""",
                (rs, n) -> new Status(instant(rs.getTimestamp(1)), instant(rs.getTimestamp(2)),
                        instant(rs.getTimestamp(3))), residentId, Timestamp.from(clock.instant()))
                .stream().findFirst();
    }

    /**
     * Prepares the waiting exports, each in its own transaction, claimed so that two instances never prepare the
     * same one; the number prepared.
     */
    public int prepareWaiting() {
        int prepared = 0;
        while (prepared < PER_RUN && Boolean.TRUE.equals(transactions.execute(status -> prepareOne()))) {
            prepared++;
        }
        return prepared;
    }

    private boolean prepareOne() {
        List<long[]> waiting = jdbc.query("""
                select id, resident_id from data_export where ready_at is null
                order by requested_at limit 1 for update skip locked""",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)});
        if (waiting.isEmpty()) {
            return false;
        }
        long id = waiting.get(0)[0];
        long residentId = waiting.get(0)[1];
        Optional<Resident> resident = residents.findById(residentId);
        if (resident.isEmpty()) {
            jdbc.update("delete from data_export where id = ?", id);
            return true;
        }
        Instant now = clock.instant();
        String token = AccountToken.randomValue();
        jdbc.update("update data_export set ready_at = ?, token_hash = ?, expires_at = ?, archive = ? where id = ?",
                Timestamp.from(now), AccountToken.hash(token), Timestamp.from(now.plus(VALIDITY)), build(residentId), id);
        Resident r = resident.get();
        outbox.queue(Email.to(r.getEmail(), r.getLocale(), "account/email/export-ready", "account.email.export.subject")
                .with("name", r.getDisplayName())
                .with("link", baseUrl + "/account/export/" + token)
                .secret(token));
        log.info("Prepared the data export {} of resident {}", id, residentId);
        return true;
    }

    /** The archive behind a link, for its owner only, while it is valid; empty otherwise (as if it did not exist). */
    @Transactional(readOnly = true)
    public Optional<Archive> download(String token, long residentId) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.query("""
                select archive, ready_at from data_export
                where token_hash = ? and resident_id = ? and expires_at > ?""",
                (rs, n) -> new Archive("voisinage-" + residentId + "-" + rs.getTimestamp(2).toInstant().getEpochSecond()
                        + ".zip", rs.getBytes(1)),
                AccountToken.hash(token), residentId, Timestamp.from(clock.instant())).stream().findFirst();
    }

    /** Deletes the exports whose link has expired; the number deleted. */
    @Transactional
    public int purgeExpired() {
        return jdbc.update("delete from data_export where expires_at <= ?", Timestamp.from(clock.instant()));
    }

    /** Forgets every export of the person (their account is erased). */
    @Transactional
    void forget(long residentId) {
        jdbc.update("delete from data_export where resident_id = ?", residentId);
    }

    /** The ZIP: data.json (every module's part) and photos/ (the photos the person uploaded). */
    byte[] build(long residentId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportedAt", clock.instant().toString());
        List<String> photoNames = new java.util.ArrayList<>();
        for (PersonalDataContributor contributor : contributors) {
            data.put(contributor.section(), plain(contributor.data(residentId)));
            photoNames.addAll(contributor.photos(residentId));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("data.json"));
            zip.write(json.writeValueAsBytes(data));
            zip.closeEntry();
            for (String name : photoNames) {
                Optional<Path> file = photos.open(name);
                if (file.isPresent()) {
                    zip.putNextEntry(new ZipEntry("photos/" + name));
                    Files.copy(file.get(), zip);
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Rows read with JDBC carry SQL timestamps: written as ISO-8601 instants, like the rest. */
    private static Object plain(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(DataExports::plain).collect(Collectors.toList());
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant().toString();
        }
        if (value instanceof Instant || value instanceof java.time.LocalDate) {
            return value.toString();
        }
        return value;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
