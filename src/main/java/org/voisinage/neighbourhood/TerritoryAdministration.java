package org.voisinage.neighbourhood;

import java.util.ArrayList;
import java.util.List;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.neighbourhood.internal.GeoJsonPerimeters;
import org.voisinage.neighbourhood.internal.PerimeterPolygon;
import org.voisinage.neighbourhood.internal.Slugs;

/**
 * Staff create and edit territories and their neighbourhoods. Slugs are unique (neighbourhood slugs across
 * all territories, as they are URLs of their own); perimeters are checked and stored as a bare Polygon;
 * an edit made on an outdated version is refused rather than overwriting someone else's.
 */
@Service
@Transactional
public class TerritoryAdministration {

    static final String STALE = "territory.edit.stale";

    private final TerritoryRepository territories;
    private final NeighbourhoodRepository neighbourhoods;

    TerritoryAdministration(TerritoryRepository territories, NeighbourhoodRepository neighbourhoods) {
        this.territories = territories;
        this.neighbourhoods = neighbourhoods;
    }

    @Transactional(readOnly = true)
    TerritoryForm territoryForm(long id) {
        return TerritoryForm.of(territory(id));
    }

    @Transactional(readOnly = true)
    NeighbourhoodForm neighbourhoodForm(long territoryId, long id) {
        return NeighbourhoodForm.of(neighbourhood(territoryId, id));
    }

    @CacheEvict(cacheNames = Neighbourhoods.CACHE, allEntries = true)
    public long createTerritory(TerritoryForm form) {
        List<Refusal> refusals = new ArrayList<>();
        String slug = slug(form.slug(), form.name(), "territory", refusals);
        if (slug != null && territories.existsBySlug(slug)) {
            refusals.add(Refusal.invalid("slug", "territory.slug.taken", slug));
        }
        refuseIfAny(refusals);
        Territory territory = new Territory(slug, form.name().strip(), form.kind(), text(form.description()));
        territory.setMembersOnly(form.isMembersOnly());
        return territories.saveAndFlush(territory).getId();
    }

    void updateTerritory(long id, TerritoryForm form) {
        Territory territory = territory(id);
        List<Refusal> refusals = new ArrayList<>();
        checkVersion(territory.getVersion(), form.version(), refusals);
        String slug = slug(form.slug(), form.name(), "territory", refusals);
        if (slug != null && territories.existsBySlugAndIdNot(slug, id)) {
            refusals.add(Refusal.invalid("slug", "territory.slug.taken", slug));
        }
        refuseIfAny(refusals);
        territory.update(slug, form.name().strip(), form.kind(), text(form.description()));
        territory.setMembersOnly(form.isMembersOnly());
        territories.flush();
    }

    @CacheEvict(cacheNames = Neighbourhoods.CACHE, allEntries = true)
    public long createNeighbourhood(long territoryId, NeighbourhoodForm form) {
        Territory territory = territory(territoryId);
        List<Refusal> refusals = new ArrayList<>();
        String slug = slug(form.slug(), form.name(), "neighbourhood", refusals);
        if (slug != null && neighbourhoods.existsBySlug(slug)) {
            refusals.add(Refusal.invalid("slug", "neighbourhood.slug.taken", slug));
        }
        String perimeter = perimeter(form.perimeter(), refusals);
        refuseIfAny(refusals);
        return neighbourhoods.saveAndFlush(new Neighbourhood(territory, slug, form.name().strip(),
                text(form.description()), perimeter)).getId();
    }

    void updateNeighbourhood(long territoryId, long id, NeighbourhoodForm form) {
        Neighbourhood neighbourhood = neighbourhood(territoryId, id);
        List<Refusal> refusals = new ArrayList<>();
        checkVersion(neighbourhood.getVersion(), form.version(), refusals);
        String slug = slug(form.slug(), form.name(), "neighbourhood", refusals);
        if (slug != null && neighbourhoods.existsBySlugAndIdNot(slug, id)) {
            refusals.add(Refusal.invalid("slug", "neighbourhood.slug.taken", slug));
        }
        String perimeter = perimeter(form.perimeter(), refusals);
        refuseIfAny(refusals);
        neighbourhood.update(slug, form.name().strip(), text(form.description()), perimeter);
        neighbourhoods.flush();
    }

    private Territory territory(long id) {
        return territories.findById(id).orElseThrow(() -> new NotFoundException("territory", id));
    }

    /** A neighbourhood reached through another territory's URL does not exist there. */
    private Neighbourhood neighbourhood(long territoryId, long id) {
        return neighbourhoods.findById(id).filter(n -> n.getTerritory().getId() == territoryId)
                .orElseThrow(() -> new NotFoundException("neighbourhood", id));
    }

    /** The slug typed, or one derived from the name when left empty; null (with a reason) when none fits. */
    private static String slug(String typed, String name, String module, List<Refusal> refusals) {
        if (typed != null && !typed.isBlank()) {
            return typed.strip();
        }
        String derived = Slugs.fromName(name);
        if (!Slugs.isValid(derived)) {
            refusals.add(Refusal.invalid("slug", module + ".slug.cannotDerive"));
            return null;
        }
        return derived;
    }

    private static String perimeter(String typed, List<Refusal> refusals) {
        try {
            PerimeterPolygon polygon = GeoJsonPerimeters.parse(typed);
            return polygon.toGeoJson();
        } catch (Refusal e) {
            refusals.add(Refusal.invalid("perimeter", e.code(), e.arguments()));
            return null;
        }
    }

    private static void checkVersion(long current, Long submitted, List<Refusal> refusals) {
        if (submitted == null || submitted != current) {
            refusals.add(Refusal.invalid(null, STALE));
        }
    }

    private static void refuseIfAny(List<Refusal> refusals) {
        if (!refusals.isEmpty()) {
            throw Refusal.all(refusals);
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
