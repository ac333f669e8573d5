package org.voisinage.noticeboard;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.Residents;
import org.voisinage.account.Viewer;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.SiteClock;
import org.voisinage.common.SiteProperties;
import org.voisinage.directory.AddressDirectory;
import org.voisinage.directory.DirectoryAddress;
import org.voisinage.neighbourhood.NeighbourhoodSummary;
import org.voisinage.neighbourhood.Neighbourhoods;
import org.voisinage.noticeboard.internal.NoticeboardPdf;

/**
 * The printed noticeboard: for a neighbourhood, or every neighbourhood of a territory, one A4 page per building
 * entrance (a directory address where verified members live) for the week from Monday, in one PDF to print. Staff of
 * the territory only; others are told it does not exist. Every entrance of a neighbourhood gets the same notices:
 * what any member of the neighbourhood may read.
 */
@Service
@Transactional(readOnly = true)
public class Noticeboards {

    private final List<NoticeboardContributor> contributors;
    private final Neighbourhoods neighbourhoods;
    private final Residents residents;
    private final AddressDirectory directory;
    private final MessageSource messages;
    private final SiteClock clock;
    private final String baseUrl;

    Noticeboards(List<NoticeboardContributor> contributors, Neighbourhoods neighbourhoods, Residents residents,
            AddressDirectory directory, MessageSource messages, SiteClock clock, SiteProperties site) {
        this.contributors = contributors.stream().sorted(Comparator.comparing(NoticeboardContributor::section)).toList();
        this.neighbourhoods = neighbourhoods;
        this.residents = residents;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = site.baseUrl().endsWith("/") ? site.baseUrl().substring(0, site.baseUrl().length() - 1)
                : site.baseUrl();
    }

    /** The Monday of the week of this day; of this week without one. */
    public LocalDate weekOf(LocalDate day) {
        if (day != null && (day.getYear() < 2000 || day.getYear() > 9999)) {
            throw org.voisinage.common.Refusal.invalid("semaine", "noticeboard.week.invalid");
        }
        return (day == null ? clock.today() : day).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** @throws NotFoundException unless the viewer is staff of the neighbourhood's territory */
    public byte[] forNeighbourhood(Viewer viewer, long neighbourhoodId, LocalDate week, Locale locale) {
        NeighbourhoodSummary neighbourhood = neighbourhoods.get(neighbourhoodId);
        if (!viewer.staffOfNeighbourhood(neighbourhoodId)) {
            throw new NotFoundException("neighbourhood", neighbourhoodId);
        }
        return pdf(List.of(neighbourhood), weekOf(week), locale);
    }

    /** @throws NotFoundException unless the viewer is staff of the territory */
    public byte[] forTerritory(Viewer viewer, long territoryId, LocalDate week, Locale locale) {
        neighbourhoods.territory(territoryId);
        if (!viewer.staffOf(territoryId)) {
            throw new NotFoundException("territory", territoryId);
        }
        return pdf(neighbourhoods.allOfTerritory(territoryId), weekOf(week), locale);
    }

    private byte[] pdf(List<NeighbourhoodSummary> chosen, LocalDate monday, Locale locale) {
        Instant from = monday.atStartOfDay(clock.zone()).toInstant();
        Instant to = monday.plusWeeks(1).atStartOfDay(clock.zone()).toInstant();
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        String week = text("noticeboard.pdf.week", locale, day.format(monday), day.format(monday.plusDays(6)));
        List<NoticeboardPdf.Page> pages = new ArrayList<>();
        for (NeighbourhoodSummary neighbourhood : chosen) {
            List<NoticeboardPdf.Section> sections = sections(neighbourhood, from, to, locale);
            String footer = text("noticeboard.pdf.footer", locale, shortLink("/signup"));
            String empty = text("noticeboard.pdf.empty", locale);
            List<String> entrances = entrances(neighbourhood.id());
            if (entrances.isEmpty()) { // no verified member yet: one page for the neighbourhood
                pages.add(new NoticeboardPdf.Page(neighbourhood.name(), week, sections, empty, footer));
            }
            for (String entrance : entrances) {
                pages.add(new NoticeboardPdf.Page(entrance, neighbourhood.name() + " — " + week, sections, empty,
                        footer));
            }
        }
        return NoticeboardPdf.write(text("noticeboard.pdf.title", locale), pages);
    }

    /** The street lines of the neighbourhood's entrances, by street then number. */
    private List<String> entrances(long neighbourhoodId) {
        return residents.verifiedAddresses(neighbourhoodId).stream().map(directory::find).flatMap(Optional::stream)
                .sorted(Comparator.comparing(DirectoryAddress::street).thenComparing(a -> number(a.number()))
                        .thenComparing(a -> a.repetition() == null ? "" : a.repetition()))
                .map(DirectoryAddress::streetLine).distinct().toList();
    }

    private static int number(String number) {
        try {
            return Integer.parseInt(number.replaceAll("\\D", ""));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private List<NoticeboardPdf.Section> sections(NeighbourhoodSummary neighbourhood, Instant from, Instant to,
            Locale locale) {
        Map<NoticeboardSection, List<Notice>> bySection = new EnumMap<>(NoticeboardSection.class);
        for (NoticeboardContributor contributor : contributors) {
            bySection.computeIfAbsent(contributor.section(), s -> new ArrayList<>())
                    .addAll(contributor.notices(neighbourhood.id(), neighbourhood.territoryId(), from, to));
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(clock.zone());
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        List<NoticeboardPdf.Section> sections = new ArrayList<>();
        bySection.forEach((section, notices) -> {
            if (!notices.isEmpty()) {
                sections.add(new NoticeboardPdf.Section(text("noticeboard.section." + section, locale),
                        notices.stream().map(n -> new NoticeboardPdf.Line(n.title(), text(n.detailKey(), locale,
                                n.detailArgs().stream().map(a -> a instanceof Instant i ? when.format(i)
                                        : a instanceof LocalDate d ? day.format(d) : a).toArray()),
                                shortLink(n.path()), baseUrl + n.path())).toList()));
            }
        });
        return sections;
    }

    /** The address without its scheme: shorter to type from paper. */
    private String shortLink(String path) {
        return (baseUrl + path).replaceFirst("^https?://", "");
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
