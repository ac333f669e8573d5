package org.voisinage.moderation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentStatus;
import org.voisinage.account.Residents;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.moderation.internal.ReporterTrust;

/** Residents report content; the reports wait for moderators. The module API other modules call. */
@Service
@Transactional(readOnly = true)
public class Reports {

    private final ContentReportRepository reports;
    private final ModerationCaseRepository cases;
    private final Residents residents;
    private final ObjectProvider<ModeratedContent> contentBeans;
    private volatile Map<ContentType, ModeratedContent> contents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reports(ContentReportRepository reports, ModerationCaseRepository cases, Residents residents,
            ObjectProvider<ModeratedContent> contentBeans, ApplicationEventPublisher events, Clock clock) {
        this.reports = reports;
        this.cases = cases;
        this.residents = residents;
        this.contentBeans = contentBeans;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The modules' content beans by type, looked up on first use: those modules call this one (report links, counts),
     * so taking them in the constructor would make a cycle of beans. Two beans for one type fail here, loudly.
     */
    private Map<ContentType, ModeratedContent> contents() {
        Map<ContentType, ModeratedContent> known = contents;
        if (known == null) {
            known = contentBeans.orderedStream()
                    .collect(Collectors.toMap(ModeratedContent::type, Function.identity()));
            contents = known;
        }
        return known;
    }

    /**
     * The content as this resident sees it, if it exists and they can see it; otherwise not found (no hint that it
     * exists).
     */
    public ContentSnapshot reportable(ContentRef ref, long residentId) {
        ModeratedContent content = contents().get(ref.type());
        if (content == null || !content.visibleTo(ref.id(), residentId)) {
            throw new NotFoundException(ref.type().code(), ref.id());
        }
        return content.snapshotFor(ref.id(), residentId)
                .orElseThrow(() -> new NotFoundException(ref.type().code(), ref.id()));
    }

    public boolean hasReported(long residentId, ContentRef ref) {
        return reports.existsByContentTypeAndContentIdAndReporterId(ref.type(), ref.id(), residentId);
    }

    /**
     * Records a report with a copy of the content as it is now, and publishes {@link ContentReported}.
     *
     * @throws Refusal (conflict) when this resident already reported it
     * @throws NotFoundException when the content does not exist or the resident cannot see it
     */
    @Transactional
    public long report(long reporterId, ContentRef ref, ReportReason reason, String details) {
        ContentSnapshot content = reportable(ref, reporterId);
        if (hasReported(reporterId, ref)) {
            throw Refusal.conflict("moderation.report.already");
        }
        ContentReport report;
        try {
            report = reports.saveAndFlush(new ContentReport(content, reporterId, reason, details, clock.instant()));
        } catch (DataIntegrityViolationException twoClicksAtOnce) {
            throw Refusal.conflict("moderation.report.already");
        }
        joinCase(content, report);
        events.publishEvent(new ContentReported(report.getId(), ref, reporterId, content.neighbourhoodId()));
        return report.getId();
    }

    /** Adds the report to the item's open case (opening one), weighed by how much its reporter is trusted. */
    private void joinCase(ContentSnapshot content, ContentReport report) {
        ContentRef ref = content.ref();
        cases.openIfNone(ref.type().name(), ref.id(), content.neighbourhoodId(), content.authorId(),
                content.title() == null ? null : abbreviate(content.title()), clock.instant());
        ModerationCase open = cases.lockOpen(ref.type(), ref.id()).orElseThrow();
        var reporter = residents.details(report.getReporterId()).orElseThrow();
        boolean verified = reporter.status() == ResidentStatus.VERIFIED;
        double weight = ReporterTrust.weight(verified ? reporter.verifiedAt() : null, clock.instant(),
                reports.countDismissedOf(report.getReporterId()));
        report.joins(open.getId(), weight, verified);
        open.add(report);
    }

    /** The reports of one case, oldest first. */
    List<ContentReport> ofCase(long caseId) {
        return reports.findByCaseIdOrderByCreatedAt(caseId);
    }

    long verifiedReporters(long caseId) {
        return reports.countByCaseIdAndReporterVerifiedTrue(caseId);
    }

    ModeratedContent content(ContentType type) {
        return contents().get(type);
    }

    /** How many residents reported this content. */
    public long count(ContentRef ref) {
        return reports.countByContentTypeAndContentId(ref.type(), ref.id());
    }

    /** How many reports were made in all, for the staff dashboard (the moderation queue tells open from closed). */
    public long total() {
        return reports.count();
    }

    private static String abbreviate(String title) {
        return title.length() <= 300 ? title : title.substring(0, 299) + "…";
    }
}
