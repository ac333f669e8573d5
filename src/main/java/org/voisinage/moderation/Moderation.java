package org.voisinage.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentDetails;
import org.voisinage.account.Residents;
import org.voisinage.account.Role;
import org.voisinage.account.Viewer;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.moderation.ModerationViews.AppealView;
import org.voisinage.moderation.ModerationViews.AuthorHistory;
import org.voisinage.moderation.ModerationViews.CaseView;
import org.voisinage.moderation.ModerationViews.PastCase;
import org.voisinage.moderation.ModerationViews.QueueItem;
import org.voisinage.moderation.ModerationViews.ReportLine;

/**
 * The moderation queue and its decisions. Moderators see and act on their neighbourhoods' cases only, staff on
 * all; a case outside someone's scope is "not found". Every decision is written to the {@link AuditTrail} in
 * its own transaction, so a decision refused by optimistic locking leaves no trace and no side effect.
 */
@Service
@Transactional(readOnly = true)
public class Moderation {

    /** Another moderator acted on the case since this one loaded it: nothing was done; reload and look again. */
    public static final String CASE_CHANGED = "moderation.case.changed";

    /** Placeholder so an empty neighbourhood list still makes a valid "in" clause. */
    private static final Set<Long> NONE = Set.of(-1L);

    private final ModerationCaseRepository cases;
    private final AppealRepository appeals;
    private final Reports reports;
    private final Residents residents;
    private final AuditTrail audit;
    private final ModerationEmails emails;
    private final Clock clock;
    private final int autoHideThreshold;

    Moderation(ModerationCaseRepository cases, AppealRepository appeals, Reports reports, Residents residents,
            AuditTrail audit, ModerationEmails emails, Clock clock,
            ModerationProperties settings) {
        this.cases = cases;
        this.appeals = appeals;
        this.reports = reports;
        this.residents = residents;
        this.audit = audit;
        this.emails = emails;
        this.clock = clock;
        this.autoHideThreshold = settings.autoHideThreshold();
    }

    /**
     * What this person may moderate: staff everything, moderators their neighbourhoods, others nothing. Built from
     * {@link Viewer#moderates}, the one "moderates this neighbourhood" rule (a sanctioned moderator covers nothing).
     */
    public ModeratorScope scopeOf(long residentId) {
        Viewer person = residents.viewer(residentId);
        if (!person.is(residentId)) {
            throw new NotFoundException("resident", residentId);
        }
        return new ModeratorScope(person);
    }

    /** Open cases, highest score first, optionally of one neighbourhood of the scope. */
    public Page<QueueItem> queue(ModeratorScope scope, Long neighbourhoodId, Pageable pageable) {
        boolean all = scope.staff() && neighbourhoodId == null;
        Set<Long> neighbourhoods = neighbourhoodId != null
                ? (scope.covers(neighbourhoodId) ? Set.of(neighbourhoodId) : NONE)
                : scope.neighbourhoods().isEmpty() ? NONE : scope.neighbourhoods();
        return cases.queue(all, neighbourhoods, pageable)
                .map(c -> new QueueItem(c.getId(), c.getRef(), c.getReportedTitle(), c.getReportCount(), c.getScore(),
                        c.isAutoHidden(), c.getOpenedAt(), c.getNeighbourhoodId()));
    }

    public long openCases() {
        return cases.countByStatus(CaseStatus.OPEN);
    }

    /** A case with its reports, the content now and its author's history; not found outside the scope. */
    public CaseView view(ModeratorScope scope, long caseId) {
        ModerationCase c = visible(scope, caseId);
        List<ReportLine> lines = reports.ofCase(caseId).stream()
                .map(r -> new ReportLine(r.getReason(), r.getDetails(), r.getCreatedAt(), r.getWeight(),
                        r.isReporterVerified(), r.getReportedTitle(), r.getReportedText(), r.getReportedPath()))
                .toList();
        ModeratedContent content = reports.content(c.getRef().type());
        Optional<ContentSnapshot> now = content == null ? Optional.empty() : content.snapshot(c.getRef().id());
        return new CaseView(c.getId(), c.getVersion(), c.getRef(), c.getStatus(), c.getDecision(),
                c.getDecisionReason(), c.getReportCount(), c.getScore(), c.isAutoHidden(), c.getOpenedAt(),
                c.getNeighbourhoodId(), lines, now, author(c));
    }

    private Optional<AuthorHistory> author(ModerationCase c) {
        if (c.getAuthorId() == null) {
            return Optional.empty();
        }
        return residents.find(c.getAuthorId()).map(author -> {
            List<PastCase> past = cases.findTop20ByAuthorIdAndIdNotOrderByOpenedAtDesc(author.id(), c.getId()).stream()
                    .map(p -> new PastCase(p.getId(), p.getRef(), p.getStatus(), p.getDecision(), p.getDecisionReason(),
                            p.getOpenedAt()))
                    .toList();
            long sanctions = past.stream().filter(p -> p.decision() != null && p.decision().sanctionsAuthor()).count();
            return new AuthorHistory(author.id(), author.displayName(), past, sanctions,
                    residents.sanction(author.id()).orElse(null));
        });
    }

    /**
     * Decides a case: acts on the content and its author, tells the author, writes the audit trail.
     *
     * @throws Refusal conflict ({@link #CASE_CHANGED}) when the case changed since the moderator loaded it (version)
     *         or was decided
     * @throws Refusal invalid when the decision lacks what it needs (a reason, the days, the text); forbidden, on the
     *         decision field, when the moderator may not suspend or ban this author (see {@link #maySanction}); nothing
     *         is changed
     */
    @Transactional
    public void decide(ModeratorScope scope, long caseId, DecisionForm form) {
        ModerationCase c = visible(scope, caseId);
        Decision decision = form.decision();
        String reason = form.reason() == null || form.reason().isBlank() ? null : form.reason().strip();
        if (decision.needsReason() && reason == null) {
            throw Refusal.invalid("reason", "moderation.decision.reason.required");
        }
        if (decision.sanctionsAuthor() && c.getAuthorId() == null) {
            throw Refusal.invalid("decision", "moderation.decision.noAuthor");
        }
        if ((decision == Decision.SUSPEND || decision == Decision.BAN) && !maySanction(scope, c.getAuthorId())) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "decision", "moderation.decision.sanction.refused");
        }
        if (decision == Decision.SUSPEND && form.days() == null) {
            throw Refusal.invalid("days", "moderation.decision.days.range");
        }
        ModeratedContent content = reports.content(c.getRef().type());
        if (decision == Decision.REDACT && content == null) {
            throw Refusal.invalid("decision", "moderation.decision.noContent");
        }
        if (decision == Decision.REDACT && (form.text() == null || form.text().isBlank())) {
            throw Refusal.invalid("text", "moderation.decision.text.required");
        }
        Instant now = clock.instant();
        c.decide(form.version(), decision, reason, scope.moderatorId(), now);
        // the version check above and @Version at this flush: a second moderator's decision fails here, before
        // any side effect, and rolls back with everything it did
        cases.saveAndFlush(c);
        long id = c.getRef().id();
        Instant until = null;
        switch (decision) {
            case DISMISS -> {
                if (c.isAutoHidden() && content != null) {
                    content.restore(id);
                }
            }
            case REDACT -> content.redact(id, form.text().strip());
            case SUSPEND -> {
                until = now.plus(Duration.ofDays(form.days()));
                residents.suspend(c.getAuthorId(), until, reason);
            }
            case BAN -> residents.ban(c.getAuthorId(), reason);
            default -> { }
        }
        if (decision.hides() && content != null) {
            content.hide(id, reason);
        }
        if (decision != Decision.DISMISS && c.getAuthorId() != null) {
            Optional<ContentSnapshot> snapshot = content == null ? Optional.empty() : content.snapshot(id);
            emails.decision(c.getAuthorId(), c.getId(), decision, reason, until,
                    snapshot.map(ContentSnapshot::path).orElse(null));
        }
        audit.record(scope.moderatorId(), "moderation." + decision.name().toLowerCase(),
                c.getRef().type().code() + ":" + id, reason);
    }

    /**
     * Whether the moderator may suspend or ban this author: only someone of a lower role than their own, so a
     * moderator bars residents, staff bar residents and moderators, and an account with staff rights (staff or
     * admin) is barred only by an administrator. Administrators may bar anyone but themselves: one of them must be
     * able to stop a rogue administrator. Nobody bars themselves.
     */
    private boolean maySanction(ModeratorScope scope, long authorId) {
        if (authorId == scope.moderatorId()) {
            return false;
        }
        Viewer moderator = residents.viewer(scope.moderatorId());
        Viewer author = residents.viewer(authorId);
        return moderator.admin() || (moderator.role() != null && moderator.role().outranks(author.role()));
    }

    /**
     * Hides the item until a moderator decides once enough distinct verified residents reported it. Called after
     * each report is committed.
     */
    @Transactional
    public boolean autoHideIfReported(ContentRef ref) {
        Optional<ModerationCase> open = cases.findOpen(ref.type(), ref.id());
        if (open.isEmpty() || open.get().isAutoHidden()
                || reports.verifiedReporters(open.get().getId()) < autoHideThreshold) {
            return false;
        }
        ModeratedContent content = reports.content(ref.type());
        if (content == null) {
            return false;
        }
        ModerationCase c = open.get();
        c.autoHidden();
        content.hide(ref.id(), emails.autoHideReason(c.getAuthorId()));
        return true;
    }

    public int autoHideThreshold() {
        return autoHideThreshold;
    }

    // Appeals

    /** Records an appeal from the public form; it lands in the queue of the resident's neighbourhood. */
    @Transactional
    public long appeal(AppealForm form) {
        Optional<ResidentDetails> resident = residents.idByEmail(form.email()).flatMap(residents::details);
        Appeal appeal = new Appeal(form.email().strip(), resident.map(ResidentDetails::id).orElse(null),
                resident.map(ResidentDetails::neighbourhoodId).orElse(null), form.text().strip(), clock.instant());
        return appeals.save(appeal).getId();
    }

    public List<AppealView> openAppeals(ModeratorScope scope) {
        return appeals.open(scope.staff(), scope.neighbourhoods().isEmpty() ? NONE : scope.neighbourhoods()).stream()
                .map(a -> new AppealView(a.getId(), a.getVersion(), a.getEmail(), a.getResidentId(), a.getText(),
                        a.getCreatedAt()))
                .toList();
    }

    /**
     * Accepts (lifting the sanction) or rejects an appeal; the resident is told by email.
     *
     * @throws Refusal (conflict, {@link #CASE_CHANGED}) when someone answered it meanwhile
     */
    @Transactional
    public void answer(ModeratorScope scope, long appealId, AppealAnswerForm form) {
        Appeal appeal = appeal(scope, appealId);
        appeal.answer(form.version(), form.accept(), form.answer().strip(), scope.moderatorId(), clock.instant());
        appeals.saveAndFlush(appeal);
        if (form.accept() && appeal.getResidentId() != null) {
            residents.lift(appeal.getResidentId());
        }
        emails.appealAnswered(appeal);
        audit.record(scope.moderatorId(), form.accept() ? "moderation.appeal.accept" : "moderation.appeal.reject",
                "appeal:" + appealId, form.answer().strip());
    }

    /** An appeal within the scope; not found otherwise. */
    Appeal appeal(ModeratorScope scope, long appealId) {
        return appeals.findById(appealId).filter(a -> scope.covers(a.getNeighbourhoodId()))
                .orElseThrow(() -> new NotFoundException("appeal", appealId));
    }

    private ModerationCase visible(ModeratorScope scope, long caseId) {
        return cases.findById(caseId).filter(c -> c.visibleTo(scope))
                .orElseThrow(() -> new NotFoundException("moderation case", caseId));
    }
}
