package org.voisinage.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.voisinage.account.Viewer;
import org.voisinage.agenda.EventReads;
import org.voisinage.agenda.EventReads.EventResource;
import org.voisinage.alert.AlertReads;
import org.voisinage.alert.AlertReads.AlertResource;
import org.voisinage.announcement.AnnouncementReads;
import org.voisinage.announcement.AnnouncementReads.AnnouncementResource;
import org.voisinage.api.ApiReader.Reading;
import org.voisinage.api.ApiResources.NeighbourhoodResource;
import org.voisinage.api.ApiResources.TerritoryResource;
import org.voisinage.challenge.ChallengeReads;
import org.voisinage.challenge.ChallengeReads.ActionResource;
import org.voisinage.challenge.ChallengeReads.ChallengeResource;
import org.voisinage.common.Keyset;
import org.voisinage.common.NotFoundException;
import org.voisinage.exchange.ListingReads;
import org.voisinage.exchange.ListingReads.ListingResource;
import org.voisinage.initiative.InitiativeReads;
import org.voisinage.initiative.InitiativeReads.InitiativeResource;
import org.voisinage.neighbourhood.Neighbourhoods;
import org.voisinage.neighbourhood.TerritorySummary;
import org.voisinage.organisation.OrganisationReads;
import org.voisinage.organisation.OrganisationReads.DealResource;
import org.voisinage.organisation.OrganisationReads.OrganisationResource;
import org.voisinage.suggestion.NeedReads;
import org.voisinage.suggestion.NeedReads.NeedResource;
import org.voisinage.trends.TrendReport;
import org.voisinage.trends.Trends;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read API, version 1: lists in id order with an opaque cursor, one item by id, each by its owning module's
 * read methods and access policy. Field names are the records' (camelCase), times ISO 8601 with the site's offset,
 * dates ISO 8601. Every answer has a strong ETag (a hash of its body): a client sending it back in
 * {@code If-None-Match} gets 304 without the body. Errors are problem details ({@link ApiProblemAdvice}).
 * <p>
 * A new route is one method here: a module's read method, {@link #page} or {@link #one}, and its matrix rows.
 */
@RestController
@RequestMapping(path = ApiController.BASE, produces = "application/json")
@Tag(name = "Voisinage read API")
class ApiController {

    static final String BASE = "/api/v1";

    private final ApiReader reader;
    private final Neighbourhoods neighbourhoods;
    private final ChallengeReads challenges;
    private final InitiativeReads initiatives;
    private final EventReads events;
    private final AnnouncementReads announcements;
    private final OrganisationReads organisations;
    private final ListingReads listings;
    private final NeedReads needs;
    private final AlertReads alerts;
    private final Trends trends;
    private final JsonMapper json;

    ApiController(ApiReader reader, Neighbourhoods neighbourhoods, ChallengeReads challenges,
            InitiativeReads initiatives, EventReads events, AnnouncementReads announcements,
            OrganisationReads organisations, ListingReads listings, NeedReads needs,
            AlertReads alerts, Trends trends, JsonMapper json) {
        this.reader = reader;
        this.neighbourhoods = neighbourhoods;
        this.challenges = challenges;
        this.initiatives = initiatives;
        this.events = events;
        this.announcements = announcements;
        this.organisations = organisations;
        this.listings = listings;
        this.needs = needs;
        this.alerts = alerts;
        this.trends = trends;
        this.json = json;
    }

    /** One module's read method for a list. */
    @FunctionalInterface
    interface Lister<T> {
        List<T> list(Viewer viewer, Keyset.Scope scope, long after, int limit);
    }

    /** One module's read method for one item by id: empty when missing or not for this reader. */
    @FunctionalInterface
    interface Finder<T> {
        Optional<T> find(Viewer viewer, Keyset.Scope scope, long id);
    }

    // Territories and neighbourhoods: their names are public, as on the pages

    @Operation(summary = "Territories (towns, cooperative sites...)")
    @GetMapping("/territories")
    ResponseEntity<ApiPage<TerritoryResource>> territories(@Parameter(hidden = true) HttpServletRequest request,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        Reading reading = reader.reading(caller(request), null, null);
        return page(request, cursor, limit, TerritoryResource::id, (viewer, scope, after, size) -> Keyset.after(
                after, size, neighbourhoods.territories(), t -> t.id(), t -> scope.includes(t.id(), null),
                t -> territory(t, viewer)), reading);
    }

    @Operation(summary = "One territory")
    @GetMapping("/territories/{id}")
    ResponseEntity<TerritoryResource> territory(@Parameter(hidden = true) HttpServletRequest request,
            @PathVariable long id) {
        Reading reading = reader.reading(caller(request), null, null);
        return one(request, Keyset.after(id - 1, 1, neighbourhoods.territories(), t -> t.id(),
                t -> t.id() == id && reading.scope().includes(t.id(), null),
                t -> territory(t, reading.viewer())).stream().findFirst(), "territory", id);
    }

    private static TerritoryResource territory(TerritorySummary t, Viewer viewer) {
        return new TerritoryResource(t.id(), t.slug(), t.name(), t.kind(), t.membersOnly(),
                !t.membersOnly() || viewer.isMemberOfTerritory(t.id()) ? t.description() : null);
    }

    @Operation(summary = "A territory's trends, month by month",
            description = "The figures of the page `/territoires/{slug}/tendances/activite`, by the same rules: a count "
                    + "under 5 is `small` (no value), a figure that would give one away is `masked` (no value). "
                    + "`months`: 3, 6, 12 (default) or 24, ending with the current month; `neighbourhood`: one of "
                    + "the territory's neighbourhoods. A `month` of null is the whole period.")
    @GetMapping("/territories/{id}/trends")
    ResponseEntity<ApiResources.TrendsResource> trends(@Parameter(hidden = true) HttpServletRequest request,
            @PathVariable long id, @RequestParam(required = false) String months,
            @RequestParam(required = false) Long neighbourhood) {
        Reading reading = reader.reading(caller(request), id, null);
        if (!reading.scope().includes(id, null)) {
            throw new NotFoundException("territory", id);
        }
        TrendReport report = trends.of(reading.viewer(), id, neighbourhood, trends.period(months));
        return answer(request, ApiResources.TrendsResource.of(report));
    }

    @Operation(summary = "Neighbourhoods", description = "Filter by `territory`.")
    @GetMapping("/neighbourhoods")
    ResponseEntity<ApiPage<NeighbourhoodResource>> neighbourhoods(
            @Parameter(hidden = true) HttpServletRequest request, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) Long territory) {
        Reading reading = reader.reading(caller(request), territory, null);
        return page(request, cursor, limit, NeighbourhoodResource::id, (viewer, scope, after, size) -> Keyset.after(
                after, size, neighbourhoods.all(), n -> n.id(), n -> scope.includesNeighbourhood(n.id()),
                n -> new NeighbourhoodResource(n.id(), n.slug(), n.name(), n.territoryId(), n.membersOnly(),
                        !n.membersOnly() || viewer.isMemberOfTerritory(n.territoryId()) ? n.description() : null,
                        "/quartiers/" + n.slug())), reading);
    }

    @Operation(summary = "One neighbourhood")
    @GetMapping("/neighbourhoods/{id}")
    ResponseEntity<NeighbourhoodResource> neighbourhood(@Parameter(hidden = true) HttpServletRequest request,
            @PathVariable long id) {
        Reading reading = reader.reading(caller(request), null, null);
        return one(request, Keyset.after(id - 1, 1, neighbourhoods.all(), n -> n.id(),
                n -> n.id() == id && reading.scope().includesNeighbourhood(n.id()),
                n -> new NeighbourhoodResource(n.id(), n.slug(), n.name(), n.territoryId(), n.membersOnly(),
                        !n.membersOnly() || reading.viewer().isMemberOfTerritory(n.territoryId())
                                ? n.description() : null, "/quartiers/" + n.slug())).stream().findFirst(),
                "neighbourhood", id);
    }

    // Public content (by each module's policy)

    @Operation(summary = "Challenges, with their progress and state",
            description = "Filter by `territory` or `neighbourhood`.")
    @GetMapping("/challenges")
    ResponseEntity<ApiPage<ChallengeResource>> challenges(@Parameter(hidden = true) HttpServletRequest request,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Long territory, @RequestParam(required = false) Long neighbourhood) {
        return page(request, cursor, limit, ChallengeResource::id, challenges::challenges,
                reader.reading(caller(request), territory, neighbourhood));
    }

    @Operation(summary = "One challenge")
    @GetMapping("/challenges/{id}")
    ResponseEntity<ChallengeResource> challenge(@Parameter(hidden = true) HttpServletRequest request,
            @PathVariable long id) {
        return item(request, reader.reading(caller(request), null, null), "challenge", id,
                challenges::challenge);
    }

    @Operation(summary = "The published actions challenges are made of")
    @GetMapping("/actions")
    ResponseEntity<ApiPage<ActionResource>> actions(@Parameter(hidden = true) HttpServletRequest request,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        return page(request, cursor, limit, ActionResource::id,
                (viewer, scope, after, size) -> challenges.actions(after, size),
                reader.reading(caller(request), null, null));
    }

    @Operation(summary = "One published action")
    @GetMapping("/actions/{id}")
    ResponseEntity<ActionResource> action(@Parameter(hidden = true) HttpServletRequest request,
            @PathVariable long id) {
        return one(request, challenges.action(id), "action", id);
    }

    @Operation(summary = "Initiatives", description = "Filter by `territory` or `neighbourhood`.")
    @GetMapping("/initiatives")
    ResponseEntity<ApiPage<InitiativeResource>> initiatives(@Parameter(hidden = true) HttpServletRequest request,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Long territory, @RequestParam(required = false) Long neighbourhood) {
        return page(request, cursor, limit, InitiativeResource::id, initiatives::initiatives,
                reader.reading(caller(request), territory, neighbourhood));
    }

    @Operation(summary = "One initiative")
    @GetMapping("/initiatives/{id}")
    ResponseEntity<InitiativeResource> initiative(@Parameter(hidden = true) HttpServletRequest request,
            @PathVariable long id) {
        return item(request, reader.reading(caller(request), null, null), "initiative", id,
                initiatives::initiative);
    }

    @Operation(summary = "Agenda events",
            description = "Members-only events for members' tokens only. Filter by `territory` or `neighbourhood`.")
    @GetMapping("/events")
    ResponseEntity<ApiPage<EventResource>> events(@Parameter(hidden = true) HttpServletRequest request,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Long territory, @RequestParam(required = false) Long neighbourhood) {
        return page(request, cursor, limit, EventResource::id, events::events,
                reader.reading(caller(request), territory, neighbourhood));
    }

    @Operation(summary = "One agenda event")
    @GetMapping("/events/{id}")
    ResponseEntity<EventResource> event(@Parameter(hidden = true) HttpServletRequest request,
            @PathVariable long id) {
        return item(request, reader.reading(caller(request), null, null), "event", id,
                events::event);
    }

    @Operation(summary = "Announcements",
            description = "For the members of their neighbourhoods (personal tokens): none is public.")
    @GetMapping("/announcements")
    ResponseEntity<ApiPage<AnnouncementResource>> announcements(
            @Parameter(hidden = true) HttpServletRequest request, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) Long territory,
            @RequestParam(required = false) Long neighbourhood) {
        return page(request, cursor, limit, AnnouncementResource::id, announcements::announcements,
                reader.reading(caller(request), territory, neighbourhood));
    }

    @Operation(summary = "One announcement")
    @GetMapping("/announcements/{id}")
    ResponseEntity<AnnouncementResource> announcement(@Parameter(hidden = true) HttpServletRequest request,
            @PathVariable long id) {
        return item(request, reader.reading(caller(request), null, null), "announcement", id,
                announcements::announcement);
    }

    @Operation(summary = "Organisations of the directory",
            description = "Filter by `territory` or `neighbourhood`.")
    @GetMapping("/organisations")
    ResponseEntity<ApiPage<OrganisationResource>> organisations(
            @Parameter(hidden = true) HttpServletRequest request, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) Long territory,
            @RequestParam(required = false) Long neighbourhood) {
        return page(request, cursor, limit, OrganisationResource::id, organisations::organisations,
                reader.reading(caller(request), territory, neighbourhood));
    }

    @Operation(summary = "One organisation")
    @GetMapping("/organisations/{id}")
    ResponseEntity<OrganisationResource> organisation(@Parameter(hidden = true) HttpServletRequest request,
            @PathVariable long id) {
        return item(request, reader.reading(caller(request), null, null), "organisation", id,
                organisations::organisation);
    }

    @Operation(summary = "Organisations' deals not over yet",
            description = "Filter by `territory` or `neighbourhood`.")
    @GetMapping("/deals")
    ResponseEntity<ApiPage<DealResource>> deals(@Parameter(hidden = true) HttpServletRequest request,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Long territory, @RequestParam(required = false) Long neighbourhood) {
        return page(request, cursor, limit, DealResource::id, organisations::deals,
                reader.reading(caller(request), territory, neighbourhood));
    }

    @Operation(summary = "One deal")
    @GetMapping("/deals/{id}")
    ResponseEntity<DealResource> deal(@Parameter(hidden = true) HttpServletRequest request, @PathVariable long id) {
        return item(request, reader.reading(caller(request), null, null), "deal", id,
                organisations::deal);
    }

    // For residents' personal tokens only: what their neighbourhoods' members read

    @Operation(summary = "Listings (personal token)", description = "Those the token's resident may see.")
    @GetMapping("/listings")
    ResponseEntity<ApiPage<ListingResource>> listings(@Parameter(hidden = true) HttpServletRequest request,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Long territory, @RequestParam(required = false) Long neighbourhood) {
        return page(request, cursor, limit, ListingResource::id, listings::listings,
                reader.residentReading(caller(request), territory, neighbourhood));
    }

    @Operation(summary = "One listing (personal token)")
    @GetMapping("/listings/{id}")
    ResponseEntity<ListingResource> listing(@Parameter(hidden = true) HttpServletRequest request,
            @PathVariable long id) {
        return item(request, reader.residentReading(caller(request), null, null), "listing", id,
                listings::listing);
    }

    @Operation(summary = "Needs (personal token)", description = "Those the token's resident may see.")
    @GetMapping("/needs")
    ResponseEntity<ApiPage<NeedResource>> needs(
            @Parameter(hidden = true) HttpServletRequest request, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) Long territory,
            @RequestParam(required = false) Long neighbourhood) {
        return page(request, cursor, limit, NeedResource::id, needs::needs,
                reader.residentReading(caller(request), territory, neighbourhood));
    }

    @Operation(summary = "One need (personal token)")
    @GetMapping("/needs/{id}")
    ResponseEntity<NeedResource> need(
            @Parameter(hidden = true) HttpServletRequest request, @PathVariable long id) {
        return item(request, reader.residentReading(caller(request), null, null), "need", id,
                needs::need);
    }

    @Operation(summary = "Alerts (personal token)", description = "Those the token's resident may see.")
    @GetMapping("/alerts")
    ResponseEntity<ApiPage<AlertResource>> alerts(@Parameter(hidden = true) HttpServletRequest request,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Long territory, @RequestParam(required = false) Long neighbourhood) {
        return page(request, cursor, limit, AlertResource::id, alerts::alerts,
                reader.residentReading(caller(request), territory, neighbourhood));
    }

    @Operation(summary = "One alert (personal token)")
    @GetMapping("/alerts/{id}")
    ResponseEntity<AlertResource> alert(@Parameter(hidden = true) HttpServletRequest request,
            @PathVariable long id) {
        return item(request, reader.residentReading(caller(request), null, null), "alert", id,
                alerts::alert);
    }

    // The shape of every answer

    static ApiCaller caller(HttpServletRequest request) {
        Object caller = request.getAttribute(ApiCaller.ATTRIBUTE);
        return caller instanceof ApiCaller found ? found : ApiCaller.ANONYMOUS;
    }

    /** A page of {@code limit} items (one more read to know whether a next page exists). */
    private <T> ResponseEntity<ApiPage<T>> page(HttpServletRequest request, String cursor, Integer limit,
            ToLongFunction<T> id, Lister<T> lister, Reading reading) {
        long after = ApiCursor.after(cursor);
        int size = ApiCursor.limit(limit);
        List<T> items = lister.list(reading.viewer(), reading.scope(), after, size + 1);
        String next = null;
        if (items.size() > size) {
            items = items.subList(0, size);
            next = ServletUriComponentsBuilder.fromRequest(request)
                    .replaceQueryParam("cursor", ApiCursor.of(id.applyAsLong(items.get(size - 1))))
                    .replaceQueryParam("limit", size).build().toUriString();
        }
        ResponseEntity<ApiPage<T>> answer = answer(request, new ApiPage<>(List.copyOf(items), next));
        if (next != null && answer.getStatusCode().is2xxSuccessful()) {
            return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                    .header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"").body(answer.getBody());
        }
        return answer;
    }

    private <T> ResponseEntity<T> item(HttpServletRequest request, Reading reading, String what, long id,
            Finder<T> finder) {
        return one(request, finder.find(reading.viewer(), reading.scope(), id), what, id);
    }

    private <T> ResponseEntity<T> one(HttpServletRequest request, Optional<T> item, String what, long id) {
        return answer(request, item.orElseThrow(() -> new NotFoundException(what, id)));
    }

    /** The body with its ETag, or 304 when the client has it already. */
    private <T> ResponseEntity<T> answer(HttpServletRequest request, T body) {
        String etag = "\"" + hash(json.writeValueAsBytes(body)) + "\"";
        CacheControl cache = CacheControl.noCache().cachePrivate();
        String asked = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (asked != null && Arrays.stream(asked.split(",")).map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals(etag) || tag.equals("*"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache)
                    .varyBy(HttpHeaders.AUTHORIZATION).build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(cache).varyBy(HttpHeaders.AUTHORIZATION).body(body);
    }

    private static String hash(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
