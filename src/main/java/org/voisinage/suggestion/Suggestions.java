package org.voisinage.suggestion;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.common.Markdown;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.following.Follows;
import org.voisinage.following.Frequency;
import org.voisinage.following.Topic;
import org.voisinage.following.TopicActivity;
import org.voisinage.moderation.AuditTrail;

/**
 * Needs raised by residents: raising, supporting (one support each), staff answers. The author and supporters
 * follow the need (topic "suggestion", IMMEDIATE): each answer reaches them at once through the following module.
 */
@Service
@Transactional(readOnly = true)
public class Suggestions {

    public static final String TOPIC = "suggestion";

    public enum Sort { SUPPORT, RECENT }

    private final SuggestionRepository suggestions;
    private final SuggestionAnswerRepository answers;
    private final SuggestionAccess access;
    private final Residents residents;
    private final Follows follows;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Markdown markdown;
    private final JdbcClient jdbc;
    private final Clock clock;

    Suggestions(SuggestionRepository suggestions, SuggestionAnswerRepository answers, SuggestionAccess access,
            Residents residents,
            Follows follows, AuditTrail audit, ApplicationEventPublisher events,
            Markdown markdown, JdbcClient jdbc, Clock clock) {
        this.suggestions = suggestions;
        this.answers = answers;
        this.access = access;
        this.residents = residents;
        this.follows = follows;
        this.audit = audit;
        this.events = events;
        this.markdown = markdown;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public static Topic topic(long suggestionId) {
        return new Topic(TOPIC, suggestionId);
    }

    /** A neighbourhood's needs for one of its members (or staff); hidden ones only for their author. */
    public Page<SuggestionViews.Card> list(ResidentView viewer, long neighbourhoodId, SuggestionStatus status, Sort sort,
            Pageable page) {
        if (viewer == null || !access.maySeeNeedsOf(residents.viewer(viewer.id()), neighbourhoodId)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, null, "suggestion.refused.membersOnly");
        }
        var order = sort == Sort.RECENT
                ? org.springframework.data.domain.Sort.by("createdAt").descending().and(org.springframework.data.domain.Sort.by("id").descending())
                : org.springframework.data.domain.Sort.by("supports").descending().and(org.springframework.data.domain.Sort.by("createdAt").descending());
        return suggestions.findOfNeighbourhood(neighbourhoodId, status, viewer.id(),
                PageRequest.of(page.getPageNumber(), page.getPageSize(), order)).map(this::card);
    }

    /** Staff: every need, most supported first, optionally of one status. */
    /** The {@code n} most supported needs, for the staff dashboard (no count: it links to the whole list). */
    /** The most supported needs, of a territory-limited staff member's neighbourhoods for them. */
    public List<SuggestionViews.Card> mostSupported(int n, org.voisinage.account.Viewer staff) {
        return (staff.limitedStaff() ? suggestions.findMostSupportedIn(staff.staffNeighbourhoods(), PageRequest.of(0, n))
                : suggestions.findMostSupported(PageRequest.of(0, n))).stream().map(this::card).toList();
    }

    /** The needs this staff member answers (those of their territories' neighbourhoods for limited staff). */
    public Page<SuggestionViews.Card> forStaff(long staffId, SuggestionStatus status, Pageable page) {
        PageRequest request = PageRequest.of(page.getPageNumber(), page.getPageSize(),
                org.springframework.data.domain.Sort.by("supports").descending()
                        .and(org.springframework.data.domain.Sort.by("createdAt").descending()));
        org.voisinage.account.Viewer staff = residents.viewer(staffId);
        return (staff.limitedStaff() ? suggestions.findForStaffIn(staff.staffNeighbourhoods(), status, request)
                : suggestions.findForStaff(status, request)).map(this::card);
    }

    /**
     * A need's page. Members of its neighbourhood, staff and its author see it; hidden needs only staff and the
     * author; anyone else is told it does not exist.
     */
    public SuggestionViews.Detail page(long id, ResidentView viewer) {
        Suggestion s = find(id);
        if (!visibleTo(s, viewer)) {
            throw new NotFoundException("suggestion", id);
        }
        boolean mine = s.getAuthorId() == viewer.id();
        boolean supported = hasSupported(id, viewer.id());
        boolean canSupport = !mine && !supported && viewer.verified() && viewer.neighbourhoodId() != null
                && viewer.neighbourhoodId() == s.getNeighbourhoodId() && !s.isHidden();
        List<SuggestionViews.Answer> history = answers.findBySuggestionIdOrderByCreatedAtAscIdAsc(id).stream()
                .map(a -> new SuggestionViews.Answer(a.getStatus(), a.getMessage(), a.getCreatedAt())).toList();
        String author = residents.find(s.getAuthorId()).map(ResidentView::displayName).orElse(null);
        return new SuggestionViews.Detail(s.getId(), s.getNeighbourhoodId(), null, s.getTitle(), s.getText(),
                s.getCategory(), s.getStatus(), s.getSupports(), s.getBuilding(), author, s.getCreatedAt(), history,
                mine, supported, canSupport, mine ? s.getHiddenReason() : null, s.getEnteredBy() != null,
                s.getChallengeId());
    }

    boolean visibleTo(Suggestion s, ResidentView viewer) {
        return viewer != null && access.maySee(residents.viewer(viewer.id()), s);
    }

    /**
     * A verified resident raises a need for their neighbourhood; they follow it to hear of the answers.
     *
     * @throws Refusal when they are not a verified member of a neighbourhood, or barred
     */
    @Transactional
    public long raise(long residentId, SuggestionForm form) {
        return raise(residentId, form, null);
    }

    /**
     * Staff raise a need on an assisted resident's behalf (the same rules as the resident's own); its page says it
     * was entered by staff. No follow: an assisted resident receives no email.
     */
    @Transactional
    public long raiseFor(long residentId, SuggestionForm form, long staffId) {
        return raise(residentId, form, staffId);
    }

    private long raise(long residentId, SuggestionForm form, Long enteredBy) {
        ResidentView author = residents.get(residentId);
        if (!author.verified() || author.neighbourhoodId() == null) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, null, "suggestion.refused.notVerified");
        }
        if (residents.isBarred(residentId)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, null, "suggestion.refused.barred");
        }
        Suggestion s = suggestions.save(new Suggestion(residentId, author.neighbourhoodId(), form, clock.instant(),
                enteredBy));
        if (enteredBy == null) {
            follows.follow(residentId, topic(s.getId()), Frequency.IMMEDIATE);
        }
        return s.getId();
    }

    /**
     * A neighbour supports a need, once; they follow it to hear of the answers (a follow they had is kept).
     *
     * @throws Refusal when it is theirs, already supported, or they are not a verified neighbour
     */
    @Transactional
    public void support(long id, long residentId) {
        Suggestion s = find(id);
        ResidentView viewer = residents.get(residentId);
        if (!visibleTo(s, viewer)) {
            throw new NotFoundException("suggestion", id);
        }
        if (s.getAuthorId() == residentId) {
            throw new Refusal(Refusal.Kind.CONFLICT, null, "suggestion.refused.own");
        }
        if (!viewer.verified() || viewer.neighbourhoodId() == null || viewer.neighbourhoodId() != s.getNeighbourhoodId()
                || residents.isBarred(residentId) || s.isHidden()) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, null, "suggestion.refused.notNeighbour");
        }
        // the primary key keeps one support per resident, even for two clicks at once
        int added = jdbc.sql("""
                insert into suggestion_support (suggestion_id, resident_id, created_at) values (?, ?, ?)
                on conflict do nothing""").params(id, residentId, Timestamp.from(clock.instant())).update();
        if (added == 0) {
            throw new Refusal(Refusal.Kind.CONFLICT, null, "suggestion.refused.twice");
        }
        suggestions.addSupport(id);
        if (follows.frequency(residentId, topic(id)).isEmpty()) {
            follows.follow(residentId, topic(id), Frequency.IMMEDIATE);
        }
    }

    public boolean hasSupported(long id, long residentId) {
        return jdbc.sql("select exists (select 1 from suggestion_support where suggestion_id = ? and resident_id = ?)")
                .params(id, residentId).query(Boolean.class).single();
    }

    /** Staff answer a need: its status changes, the answer joins its history and its followers are told. */
    @Transactional
    public void answer(long id, long staffId, AnswerForm form) {
        Suggestion s = find(id);
        Instant now = clock.instant();
        s.answer(form.status(), now);
        answers.save(new SuggestionAnswer(id, staffId, form.status(), form.message(), now));
        audit.record(staffId, "suggestion.answer", "need:" + id, form.status().name() + ": " + form.message().strip());
        events.publishEvent(new TopicActivity(topic(id), s.getTitle(), "/besoins/" + id, "answer",
                "suggestion.activity.answered." + form.status().name(), List.of(form.message().strip()), 0, true, now));
    }

    /**
     * Numbers for the staff dashboard, in one statement: visible needs and their supports by status, and how many
     * needs each neighbourhood raised since then (a territory-limited staff member's neighbourhoods only).
     */
    public SuggestionViews.Tally tally(Instant since, org.voisinage.account.Viewer staff) {
        Map<SuggestionStatus, SuggestionViews.StatusCount> counts = new HashMap<>();
        Map<Long, Long> raised = new HashMap<>();
        for (SuggestionRepository.Tally row : suggestions.tally(since, !staff.limitedStaff(),
                staff.limitedStaff() ? staff.staffNeighbourhoods() : java.util.Set.of(-1L))) {
            if (row.getStatus() != null) {
                SuggestionStatus status = SuggestionStatus.valueOf(row.getStatus());
                counts.put(status, new SuggestionViews.StatusCount(status, row.getCount(), row.getSupports()));
            } else {
                raised.put(row.getNeighbourhoodId(), row.getCount());
            }
        }
        return new SuggestionViews.Tally(Arrays.stream(SuggestionStatus.values())
                .map(status -> counts.getOrDefault(status, new SuggestionViews.StatusCount(status, 0, 0))).toList(),
                raised);
    }

    Suggestion find(long id) {
        return suggestions.findById(id).orElseThrow(() -> new NotFoundException("suggestion", id));
    }

    private SuggestionViews.Card card(Suggestion s) {
        return SuggestionViews.Card.of(s, markdown.plain(s.getText(), 200));
    }
}
