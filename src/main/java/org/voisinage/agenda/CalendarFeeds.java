package org.voisinage.agenda;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.voisinage.common.SiteClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Viewer;
import org.voisinage.common.NotFoundException;
import org.voisinage.account.Residents;
import org.voisinage.agenda.internal.IcsWriter;
import org.voisinage.agenda.internal.IcsWriter.IcsEvent;
import org.voisinage.common.Markdown;
import org.voisinage.common.SiteProperties;
import org.voisinage.neighbourhood.NeighbourhoodSummary;
import org.voisinage.neighbourhood.Neighbourhoods;

/**
 * iCalendar downloads: one event, and a neighbourhood's feed. Calendar applications send no cookie, so the feed's
 * members-only events come with a member's personal token in the URL (256 random bits); without a valid one the
 * feed has the public events only. A member regenerates their token when a link leaked.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeeds {

    /** Calendars keep a few weeks of history: long enough to see last week's cancelled events go. */
    private static final Duration HISTORY = Duration.ofDays(90);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AgendaEventRepository events;
    private final FeedTokenRepository tokens;
    private final Agenda agenda;
    private final EventAccess access;
    private final Residents residents;
    private final Neighbourhoods neighbourhoods;
    private final Markdown markdown;
    private final Clock clock;
    private final AgendaSeriesRepository seriesRepository;
    private final ZoneId zone;
    private final String baseUrl;
    private final String uidHost;

    CalendarFeeds(AgendaEventRepository events, FeedTokenRepository tokens, Agenda agenda, EventAccess access,
            Residents residents,
            Neighbourhoods neighbourhoods, Markdown markdown, Clock clock, SiteProperties site,
            AgendaSeriesRepository seriesRepository, SiteClock siteClock) {
        this.seriesRepository = seriesRepository;
        this.zone = siteClock.zone();
        this.events = events;
        this.tokens = tokens;
        this.agenda = agenda;
        this.access = access;
        this.residents = residents;
        this.neighbourhoods = neighbourhoods;
        this.markdown = markdown;
        this.clock = clock;
        this.baseUrl = site.baseUrl();
        String host = URI.create(this.baseUrl).getHost();
        this.uidHost = host == null || host.isBlank() ? "voisinage.localhost" : host;
    }

    /** One event, for whoever may see its page. */
    public String event(long id, ResidentView viewer) {
        AgendaEvent e = agenda.visible(id, viewer);
        if (e.isHidden()) {
            throw new org.voisinage.common.NotFoundException("event", id);
        }
        return IcsWriter.calendar(e.getTitle(), List.of(ics(e)));
    }

    /** The neighbourhood's feed: members-only events too when the token is a member's of this neighbourhood. */
    public String neighbourhood(String slug, String token) {
        NeighbourhoodSummary neighbourhood = neighbourhoods.getBySlug(slug);
        if (!access.maySeeAgendaOf(ownerOf(token), neighbourhood.id())) {
            throw new NotFoundException("neighbourhood", slug);
        }
        boolean member = memberOf(token, neighbourhood.id());
        List<AgendaEvent> found = events.feed(neighbourhood.id(), member, clock.instant().minus(HISTORY));
        // a series this feed may show is one recurring event; the dates of others stand alone
        Map<Long, AgendaSeries> series = seriesRepository.findAllById(found.stream().map(AgendaEvent::getSeriesId)
                        .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .filter(s -> member || s.getVisibility() == Visibility.PUBLIC)
                .collect(Collectors.toMap(AgendaSeries::getId, s -> s));
        List<IcsEvent> feed = new ArrayList<>(found.stream()
                .filter(e -> e.getSeriesId() == null || !series.containsKey(e.getSeriesId())).map(this::ics).toList());
        if (!series.isEmpty()) {
            events.ofSeries(series.keySet()).stream()
                    .collect(Collectors.groupingBy(AgendaEvent::getSeriesId, LinkedHashMap::new, Collectors.toList()))
                    .forEach((id, dates) -> feed.addAll(recurring(series.get(id), dates, member)));
        }
        return IcsWriter.calendar("Voisinage — " + neighbourhood.name(), feed);
    }

    /**
     * A series as calendars know it: the recurring event as created (RRULE), without its cancelled dates and those
     * this feed may not show (EXDATE), then each date changed alone overriding its date (RECURRENCE-ID). Its SEQUENCE
     * is its dates' together, so it grows with every change to one of them.
     */
    private List<IcsEvent> recurring(AgendaSeries series, List<AgendaEvent> dates, boolean member) {
        String uid = "series-" + series.getId() + "@" + uidHost;
        List<LocalDateTime> excluded = new ArrayList<>();
        List<IcsEvent> overrides = new ArrayList<>();
        for (AgendaEvent date : dates) {
            LocalDateTime created = series.startOn(date.getOccurrenceDate(), zone).toLocalDateTime();
            if (date.isCancelled() || date.isHidden() || (!member && date.getVisibility() != Visibility.PUBLIC)) {
                excluded.add(created);
            } else if (!series.createdAsIs(date, zone)) {
                IcsEvent alone = ics(date);
                overrides.add(new IcsEvent(uid, alone.summary(), alone.description(), alone.location(), alone.start(),
                        alone.end(), alone.sequence(), false, alone.url(), alone.stamp(),
                        new IcsWriter.Recurrence(zone, null, List.of(), created)));
            }
        }
        Instant start = series.startOn(series.getFirstDate(), zone).toInstant();
        List<IcsEvent> all = new ArrayList<>();
        all.add(new IcsEvent(uid, series.getTitle(), markdown.plain(series.getDescription(), 2000), series.getPlace(),
                start, start.plus(Duration.ofMinutes(series.getDurationMinutes())),
                dates.stream().mapToInt(AgendaEvent::getSequence).sum(), false,
                baseUrl + "/agenda/evenements/" + dates.get(0).getId(),
                series.getCreatedAt() != null ? series.getCreatedAt() : clock.instant(),
                new IcsWriter.Recurrence(zone, series.rule().rrule(series.getOccurrences()), excluded, null)));
        all.addAll(overrides);
        return all;
    }

    private boolean memberOf(String token, long neighbourhoodId) {
        return access.maySeeMembersOnlyOf(ownerOf(token), neighbourhoodId);
    }

    /** The token's owner as they are now (rejected, sanctioned or moved away: at once); anonymous without one. */
    private Viewer ownerOf(String token) {
        if (token == null || token.isBlank() || token.length() > 64) {
            return Viewer.ANONYMOUS;
        }
        return tokens.findByToken(token).map(t -> residents.viewer(t.getResidentId())).orElse(Viewer.ANONYMOUS);
    }

    /** The member's token, made on first use. */
    @Transactional
    public String tokenOf(long residentId) {
        return tokens.findById(residentId).map(FeedToken::getToken)
                .orElseGet(() -> tokens.save(new FeedToken(residentId, newToken(), clock.instant())).getToken());
    }

    /** A new token: the old link shows public events only from now on. */
    @Transactional
    public String regenerate(long residentId) {
        String token = newToken();
        Optional<FeedToken> existing = tokens.findById(residentId);
        if (existing.isPresent()) {
            existing.get().replace(token, clock.instant());
        } else {
            tokens.save(new FeedToken(residentId, token, clock.instant()));
        }
        return token;
    }

    /** The feed's address for this viewer: personal (with members-only events) for a member, public otherwise. */
    @Transactional
    public String feedUrl(NeighbourhoodSummary neighbourhood, ResidentView viewer) {
        String url = baseUrl + "/agenda/quartiers/" + neighbourhood.slug() + ".ics";
        if (viewer != null && viewer.verified() && viewer.neighbourhoodId() != null
                && viewer.neighbourhoodId() == neighbourhood.id()) {
            return url + "?jeton=" + tokenOf(viewer.id());
        }
        return url;
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private IcsEvent ics(AgendaEvent e) {
        return new IcsEvent("event-" + e.getId() + "@" + uidHost, e.getTitle(), markdown.plain(e.getDescription(), 2000),
                e.getPlace(), e.getStartsAt(), e.getEndsAt(), e.getSequence(), e.isCancelled(),
                baseUrl + "/agenda/evenements/" + e.getId(),
                e.getCancelledAt() != null ? e.getCancelledAt() : e.getCreatedAt() != null ? e.getCreatedAt() : clock.instant());
    }
}
