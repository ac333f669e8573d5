package org.voisinage.feed;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.SiteProperties;
import org.voisinage.neighbourhood.NeighbourhoodSummary;
import org.voisinage.neighbourhood.Neighbourhoods;
import org.voisinage.neighbourhood.TerritorySummary;

/**
 * The Atom feeds of a neighbourhood and of a territory: the latest public challenges, initiatives and events every
 * module contributes, newest first. A members-only territory has none (not found, as its pages are to visitors).
 */
@Service
class AtomFeeds {

    /** Enough for a reader polling now and then; older rows stay on the pages. */
    static final int MAX_ENTRIES = 50;

    private final List<FeedContributor> contributors;
    private final Neighbourhoods neighbourhoods;
    private final MessageSource messages;
    private final String baseUrl;

    AtomFeeds(List<FeedContributor> contributors, Neighbourhoods neighbourhoods, MessageSource messages,
            SiteProperties site) {
        this.contributors = contributors;
        this.neighbourhoods = neighbourhoods;
        this.messages = messages;
        this.baseUrl = site.baseUrl();
    }

    /** A written feed and its last change (what {@code Last-Modified} says). */
    record Written(String xml, Instant updated) {}

    Written neighbourhood(String slug, Locale locale) {
        NeighbourhoodSummary neighbourhood = neighbourhoods.getBySlug(slug);
        FeedLink link = FeedLink.of(neighbourhood).orElseThrow(() -> new NotFoundException("neighbourhood", slug));
        return write(link, new FeedPlace(neighbourhood.territoryId(), Set.of(neighbourhood.id())), locale);
    }

    Written territory(String slug, Locale locale) {
        TerritorySummary territory = neighbourhoods.territoryBySlug(slug);
        FeedLink link = FeedLink.of(territory).orElseThrow(() -> new NotFoundException("territory", slug));
        Set<Long> ids = neighbourhoods.allOfTerritory(territory.id()).stream().map(NeighbourhoodSummary::id)
                .collect(Collectors.toSet());
        return write(link, new FeedPlace(territory.id(), ids), locale);
    }

    private Written write(FeedLink link, FeedPlace place, Locale locale) {
        List<FeedEntry> entries = contributors.stream().flatMap(c -> c.publicEntries(place, MAX_ENTRIES).stream())
                .sorted(Comparator.comparing(FeedEntry::updated).reversed()
                        .thenComparing(FeedEntry::path))
                .limit(MAX_ENTRIES).toList();
        // an empty feed changes when the place's first entry comes; until then it is as old as the epoch
        Instant updated = entries.isEmpty() ? Instant.EPOCH : entries.get(0).updated();
        Feed feed = new Feed("atom_1.0");
        feed.setId(baseUrl + link.href());
        feed.setTitle(messages.getMessage("feed.title", new Object[] {link.name()}, locale));
        Content subtitle = new Content();
        subtitle.setType(Content.TEXT);
        subtitle.setValue(messages.getMessage("feed.subtitle", null, locale));
        feed.setSubtitle(subtitle);
        feed.setUpdated(Date.from(updated));
        feed.setLanguage(locale.getLanguage());
        feed.setAlternateLinks(List.of(link("alternate", "text/html", baseUrl + link.href().replace("/flux.atom", ""))));
        feed.setOtherLinks(List.of(link("self", "application/atom+xml", baseUrl + link.href())));
        Person author = new Person();
        author.setName(messages.getMessage("app.name", null, locale));
        author.setUri(baseUrl + "/");
        feed.setAuthors(List.of(author));
        feed.setEntries(entries.stream().map(e -> entry(e, locale)).toList());
        try {
            return new Written(new WireFeedOutput().outputString(feed), updated);
        } catch (FeedException e) {
            throw new IllegalStateException("Atom feed not written", e);
        }
    }

    private Entry entry(FeedEntry e, Locale locale) {
        Entry entry = new Entry();
        String url = baseUrl + e.path();
        entry.setId(url);
        entry.setTitle(e.title());
        entry.setUpdated(Date.from(e.updated()));
        entry.setAlternateLinks(List.of(link("alternate", "text/html", url)));
        Content summary = new Content();
        summary.setType(Content.TEXT);
        summary.setValue(e.summary());
        entry.setSummary(summary);
        Category category = new Category();
        category.setTerm(e.kind().term());
        category.setLabel(messages.getMessage(e.kind().labelKey(), null, locale));
        entry.setCategories(List.of(category));
        return entry;
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }
}
