package org.voisinage.poll;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.Viewer;
import org.voisinage.common.BarChart;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.common.SiteClock;
import org.voisinage.following.Frequency;
import org.voisinage.following.NeighbourhoodDefaultFollow;
import org.voisinage.following.Topic;
import org.voisinage.following.TopicActivity;
import org.voisinage.initiative.InitiativeMembers;
import org.voisinage.initiative.InitiativeSummary;
import org.voisinage.initiative.Initiatives;
import org.voisinage.neighbourhood.NeighbourhoodSummary;
import org.voisinage.neighbourhood.Neighbourhoods;

/**
 * Polls: opening one, voting, reading one and the lists. One ballot per resident and poll, kept by the database's
 * unique key: voting again replaces the ballot's choices, which residents may do until the poll ends (a ballot is
 * secret and changing one's mind before the end harms nobody; results shown live show the change too).
 */
@Service
@Transactional(readOnly = true)
public class Polls {

    /** At most this many options. */
    static final int MAX_OPTIONS = PollForm.BOXES;
    /** A neighbourhood with fewer ballots than this is not shown apart in the results (merged with the others). */
    static final int MIN_SHOWN = 5;
    private static final int LISTED = 10;

    private final PollRepository polls;
    private final PollAccess access;
    private final InitiativeMembers initiatives;
    private final Neighbourhoods neighbourhoods;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final SiteClock clock;

    Polls(PollRepository polls, PollAccess access, InitiativeMembers initiatives, Neighbourhoods neighbourhoods,
            ApplicationEventPublisher events, MessageSource messages, JdbcClient jdbc, SiteClock clock) {
        this.polls = polls;
        this.access = access;
        this.initiatives = initiatives;
        this.neighbourhoods = neighbourhoods;
        this.events = events;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public static Topic topic(long neighbourhoodId) {
        return new Topic(PollAccess.TOPIC, neighbourhoodId);
    }

    /** Every verified resident follows their neighbourhood's polls in the daily digest (changed like any follow). */
    @org.springframework.context.annotation.Bean
    static NeighbourhoodDefaultFollow pollsDefaultFollow() {
        return new NeighbourhoodDefaultFollow(PollAccess.TOPIC, Frequency.DAILY);
    }

    /** A new poll's form, for this scope ("n-1", "t-1", "i-1", or blank to choose). */
    public PollForm blankForm(String scope) {
        return PollForm.empty(scope == null ? "" : scope, clock.today());
    }

    /** Where the poll is asked, once its scope is read. */
    private record Audience(PollAudience kind, long territoryId, Long neighbourhoodId, Long initiativeId, String name) {}

    private Audience audience(String scope) {
        try {
            long id = Long.parseLong(scope.substring(2));
            if (scope.startsWith("n-")) {
                NeighbourhoodSummary n = neighbourhoods.get(id);
                return new Audience(PollAudience.NEIGHBOURHOOD, n.territoryId(), n.id(), null, n.name());
            }
            if (scope.startsWith("t-")) {
                var t = neighbourhoods.territory(id);
                return new Audience(PollAudience.TERRITORY, t.id(), null, null, t.name());
            }
            if (scope.startsWith("i-")) {
                InitiativeSummary i = initiatives.summary(id);
                NeighbourhoodSummary n = neighbourhoods.get(i.neighbourhoodId());
                return new Audience(PollAudience.INITIATIVE, n.territoryId(), n.id(), i.id(), i.title());
            }
        } catch (NumberFormatException | StringIndexOutOfBoundsException | NotFoundException e) {
            // refused below
        }
        throw Refusal.invalid("scope", "poll.scope.unknown");
    }

    /** The name of the form's audience (an initiative's title), or null when the scope names nothing. */
    // its own transaction: an unknown scope refused by another module must not leave the caller's rolled back
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public String audienceName(String scope) {
        try {
            return audience(scope).name();
        } catch (Refusal e) {
            return null;
        }
    }

    /**
     * Staff of the territory, or an organiser of the initiative where the territory allows it, open a poll; the
     * followers of its neighbourhoods' polls (or of its initiative) are told.
     *
     * @throws Refusal the scope is unknown or not theirs, fewer than two options or twice the same, an end in the past
     */
    @Transactional
    public long open(Viewer viewer, PollForm form) {
        Audience audience = audience(form.scope());
        if (!access.mayOpen(viewer, audience.kind(), audience.territoryId(), audience.neighbourhoodId(),
                audience.initiativeId())) {
            throw Refusal.forbidden("poll.refused.mayNotOpen");
        }
        List<String> options = form.typedOptions();
        if (options.size() < PollForm.MIN_OPTIONS) {
            throw Refusal.invalid("options", "poll.options.tooFew");
        }
        if (options.size() > MAX_OPTIONS) {
            throw Refusal.invalid("options", "poll.options.tooMany", MAX_OPTIONS);
        }
        if (new HashSet<>(options.stream().map(o -> o.toLowerCase(Locale.ROOT)).toList()).size() < options.size()) {
            throw Refusal.invalid("options", "poll.options.twice");
        }
        Instant endsAt = LocalDateTime.of(form.endsOn(), form.endsAt()).atZone(clock.zone()).toInstant();
        Instant now = clock.now();
        if (!endsAt.isAfter(now)) {
            throw Refusal.invalid("endsOn", "poll.ends.past");
        }
        Poll poll = polls.save(new Poll(audience.kind(), audience.territoryId(), audience.neighbourhoodId(),
                audience.initiativeId(), form.question().strip(), form.multiple(), form.live(), endsAt, viewer.id(), now));
        for (int i = 0; i < options.size(); i++) {
            jdbc.sql("insert into poll_option (poll_id, position, label) values (?, ?, ?)")
                    .params(poll.getId(), i, options.get(i)).update();
        }
        tell(poll, audience.name(), "opened", now);
        return poll.getId();
    }

    /**
     * Tells followers: of the neighbourhoods' polls for a neighbourhood's or a territory's poll (quoting its
     * question), of the initiative for an initiative's poll (without its question: its followers need not be members).
     */
    private void tell(Poll poll, String audienceName, String what, Instant now) {
        String path = "/sondages/" + poll.getId();
        if (poll.getAudience() == PollAudience.INITIATIVE) {
            events.publishEvent(new TopicActivity(Initiatives.topic(poll.getInitiativeId()), audienceName, path, "poll",
                    "poll.activity.initiative." + what, List.of(), 0, true, now));
            return;
        }
        List<NeighbourhoodSummary> asked = poll.getAudience() == PollAudience.NEIGHBOURHOOD
                ? List.of(neighbourhoods.get(poll.getNeighbourhoodId()))
                : neighbourhoods.allOfTerritory(poll.getTerritoryId());
        for (NeighbourhoodSummary n : asked) {
            events.publishEvent(new TopicActivity(topic(n.id()),
                    messages.getMessage("poll.topic.title", new Object[] {n.name()}, Locale.FRENCH), path, "poll",
                    "poll.activity." + what, List.of(poll.getQuestion()), 0, true, now));
        }
    }

    /**
     * A resident asked casts their ballot, or changes it while the poll is open.
     *
     * @throws NotFoundException the poll does not exist or is not theirs to see
     * @throws Refusal not asked, closed, no choice, several choices in a single-choice poll, an option of another poll
     */
    @Transactional
    public void vote(long pollId, Viewer viewer, List<Long> optionIds) {
        Poll poll = visible(pollId, viewer);
        if (!access.isAsked(viewer, poll)) {
            throw Refusal.forbidden("poll.refused.notAsked");
        }
        Instant now = clock.now();
        if (!poll.isOpen(now)) {
            throw Refusal.conflict("poll.refused.closed");
        }
        Set<Long> chosen = new LinkedHashSet<>(optionIds == null ? List.of() : optionIds);
        if (chosen.isEmpty()) {
            throw Refusal.invalid("choices", "poll.choices.none");
        }
        if (!poll.isMultipleChoice() && chosen.size() > 1) {
            throw Refusal.invalid("choices", "poll.choices.one");
        }
        if (!options(pollId).stream().map(PollViews.Option::id).toList().containsAll(chosen)) {
            throw Refusal.invalid("choices", "poll.choices.unknown");
        }
        // the unique key (poll, resident) keeps one ballot each, even for two clicks at once: the second finds the
        // first and replaces its choices
        long ballotId = jdbc.sql("""
                insert into poll_ballot (poll_id, resident_id, neighbourhood_id, cast_at) values (?, ?, ?, ?)
                on conflict (poll_id, resident_id)
                do update set cast_at = excluded.cast_at, neighbourhood_id = excluded.neighbourhood_id
                returning id""").params(pollId, viewer.id(), viewer.neighbourhoodId(), Timestamp.from(now))
                .query(Long.class).single();
        jdbc.sql("delete from poll_choice where ballot_id = ?").param(ballotId).update();
        for (long optionId : chosen) {
            jdbc.sql("insert into poll_choice (ballot_id, option_id, poll_id) values (?, ?, ?)")
                    .params(ballotId, optionId, pollId).update();
        }
    }

    /** A poll's page as this viewer sees it; results only once they show. */
    public PollViews.Page page(long id, Viewer viewer) {
        Poll poll = visible(id, viewer);
        Instant now = clock.now();
        List<PollViews.Option> options = options(id);
        Set<Long> mine = viewer.signedIn() ? new HashSet<>(jdbc.sql("""
                select c.option_id from poll_choice c join poll_ballot b on b.id = c.ballot_id
                where b.poll_id = ? and b.resident_id = ?""").params(id, viewer.id()).query(Long.class).list())
                : Set.of();
        long ballots = poll.getBallots();
        Audience audience = audience(scope(poll));
        String path = switch (poll.getAudience()) {
            case NEIGHBOURHOOD -> "/quartiers/" + neighbourhoods.get(poll.getNeighbourhoodId()).slug();
            case TERRITORY -> null;
            case INITIATIVE -> Initiatives.path(poll.getInitiativeId());
        };
        return new PollViews.Page(id, poll.getQuestion(), poll.getAudience(), audience.name(), path,
                poll.isMultipleChoice(), poll.isLiveResults(), poll.getEndsAt(), poll.isOpen(now), ballots, options, mine,
                poll.isOpen(now) && access.isAsked(viewer, poll),
                poll.showsResults(now) ? results(id, options, ballots) : null);
    }

    private static String scope(Poll poll) {
        return switch (poll.getAudience()) {
            case NEIGHBOURHOOD -> "n-" + poll.getNeighbourhoodId();
            case TERRITORY -> "t-" + poll.getTerritoryId();
            case INITIATIVE -> "i-" + poll.getInitiativeId();
        };
    }

    private Poll visible(long id, Viewer viewer) {
        return polls.findById(id).filter(p -> access.maySee(viewer, p))
                .orElseThrow(() -> new NotFoundException("poll", id));
    }

    private List<PollViews.Option> options(long pollId) {
        return jdbc.sql("select id, label from poll_option where poll_id = ? order by position").param(pollId)
                .query((rs, i) -> new PollViews.Option(rs.getLong(1), rs.getString(2))).list();
    }

    /**
     * The votes per option, in all and by neighbourhood (of the voter when they voted); where several neighbourhoods
     * voted, one where fewer than {@link #MIN_SHOWN} voted is merged with the other such ones, so that nobody's vote
     * can be told apart from their neighbourhood's few.
     */
    private PollViews.Results results(long pollId, List<PollViews.Option> options, long ballots) {
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < options.size(); i++) {
            position.put(options.get(i).id(), i);
        }
        Map<Long, Long> ballotsBy = new LinkedHashMap<>();
        jdbc.sql("""
                select coalesce(neighbourhood_id, 0), count(*) from poll_ballot where poll_id = ?
                group by 1 order by 2 desc, 1""").param(pollId)
                .query((rs, i) -> ballotsBy.put(rs.getLong(1), rs.getLong(2))).list();
        Map<Long, long[]> votesBy = new HashMap<>();
        long[] totals = new long[options.size()];
        jdbc.sql("""
                select coalesce(b.neighbourhood_id, 0), c.option_id, count(*) from poll_choice c
                join poll_ballot b on b.id = c.ballot_id where c.poll_id = ? group by 1, 2""").param(pollId)
                .query((rs, i) -> {
                    int at = position.get(rs.getLong(2));
                    votesBy.computeIfAbsent(rs.getLong(1), n -> new long[options.size()])[at] += rs.getLong(3);
                    totals[at] += rs.getLong(3);
                    return null;
                }).list();
        List<PollViews.OptionResult> results = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            results.add(new PollViews.OptionResult(options.get(i).label(), totals[i],
                    ballots == 0 ? 0 : (int) Math.round(100.0 * totals[i] / ballots)));
        }
        Map<Long, String> names = new HashMap<>();
        neighbourhoods.all().forEach(n -> names.put(n.id(), n.name()));
        List<PollViews.NeighbourhoodResult> byNeighbourhood = new ArrayList<>();
        long otherBallots = 0;
        long[] others = new long[options.size()];
        for (var entry : ballotsBy.entrySet()) {
            long[] votes = votesBy.getOrDefault(entry.getKey(), new long[options.size()]);
            // a single neighbourhood tells nothing the totals do not
            if ((entry.getValue() >= MIN_SHOWN || ballotsBy.size() == 1) && names.containsKey(entry.getKey())) {
                byNeighbourhood.add(neighbourhoodResult(names.get(entry.getKey()), entry.getValue(), votes, options));
            } else {
                otherBallots += entry.getValue();
                for (int i = 0; i < others.length; i++) {
                    others[i] += votes[i];
                }
            }
        }
        if (otherBallots > 0) {
            byNeighbourhood.add(neighbourhoodResult(null, otherBallots, others, options));
        }
        return new PollViews.Results(ballots, results, chart(options, totals), byNeighbourhood, MIN_SHOWN);
    }

    private static PollViews.NeighbourhoodResult neighbourhoodResult(String name, long ballots, long[] votes,
            List<PollViews.Option> options) {
        return new PollViews.NeighbourhoodResult(name, ballots, java.util.Arrays.stream(votes).boxed().toList(),
                chart(options, votes));
    }

    private static BarChart chart(List<PollViews.Option> options, long[] votes) {
        List<BarChart.Row> rows = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            rows.add(new BarChart.Row(options.get(i).label(), null, votes[i]));
        }
        return BarChart.of(rows);
    }

    /** A neighbourhood's polls and its territory's that this viewer may see (the neighbourhood page). */
    public List<PollViews.Card> ofNeighbourhood(Viewer viewer, long neighbourhoodId) {
        NeighbourhoodSummary n = neighbourhoods.get(neighbourhoodId);
        return cards(polls.findOfNeighbourhood(neighbourhoodId, n.territoryId(), clock.now(), PageRequest.of(0, LISTED)),
                viewer);
    }

    /** An initiative's polls that this viewer may see (its page). */
    public List<PollViews.Card> ofInitiative(Viewer viewer, long initiativeId) {
        return cards(polls.findOfInitiatives(List.of(initiativeId), clock.now(), PageRequest.of(0, LISTED)), viewer);
    }

    /** The polls asking this viewer (their neighbourhood's, their territory's, their initiatives'), or staff's. */
    public List<PollViews.Card> forViewer(Viewer viewer) {
        Map<Long, Poll> found = new LinkedHashMap<>();
        Instant now = clock.now();
        if (viewer.staff()) {
            polls.findOfTerritories(!viewer.limitedStaff(), viewer.limitedStaff() ? viewer.staffTerritories()
                    : List.of(0L), now, PageRequest.of(0, 50)).forEach(p -> found.put(p.getId(), p));
        }
        if (viewer.verified() && viewer.neighbourhoodId() != null && viewer.territoryId() != null) {
            polls.findOfNeighbourhood(viewer.neighbourhoodId(), viewer.territoryId(), now, PageRequest.of(0, 50))
                    .forEach(p -> found.put(p.getId(), p));
            List<Long> mine = initiatives.initiativesOf(viewer.id());
            if (!mine.isEmpty()) {
                polls.findOfInitiatives(mine, now, PageRequest.of(0, 50)).forEach(p -> found.put(p.getId(), p));
            }
        }
        List<Poll> sorted = new ArrayList<>(found.values());
        sorted.sort(java.util.Comparator.comparing((Poll p) -> p.isOpen(now) ? 0 : 1)
                .thenComparing(Poll::getEndsAt, java.util.Comparator.reverseOrder()));
        return cards(sorted, viewer);
    }

    private List<PollViews.Card> cards(List<Poll> list, Viewer viewer) {
        Instant now = clock.now();
        // read once per place asked (a neighbourhood's page lists its own and its territory's)
        Map<String, String> names = new HashMap<>();
        return list.stream().filter(p -> access.maySee(viewer, p)).map(p -> new PollViews.Card(p.getId(),
                p.getQuestion(), p.getAudience(), names.computeIfAbsent(scope(p), scope -> audience(scope).name()),
                p.getEndsAt(), p.isOpen(now), p.getBallots())).toList();
    }

    /** Whether the viewer may open a poll to this initiative's members. */
    public boolean mayOpenForInitiative(Viewer viewer, long initiativeId) {
        return access.mayOpenForInitiative(viewer, initiatives.summary(initiativeId));
    }

    /**
     * Tells the followers of the polls that ended, once each (the mark is set in the same statement that claims it:
     * a second run, or another instance, finds nothing to tell).
     */
    @Transactional
    public int tellResults() {
        Instant now = clock.now();
        int told = 0;
        for (long id : polls.findResultsDue(now)) {
            int claimed = jdbc.sql("update poll set results_told_at = ? where id = ? and results_told_at is null")
                    .params(Timestamp.from(now), id).update();
            if (claimed == 1) {
                Poll poll = polls.findById(id).orElseThrow();
                tell(poll, audience(scope(poll)).name(), "results", now);
                told++;
            }
        }
        return told;
    }
}
