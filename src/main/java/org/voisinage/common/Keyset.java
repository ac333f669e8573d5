package org.voisinage.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Reading rows page by page by their id (keyset, no offset): each module's read methods for the read API (issue 16)
 * take the rows after a given id in id order, keep those the reader may see by the module's own access policy and
 * that lie in the asked part of the site, until a page is full.
 */
public final class Keyset {

    /** How many candidate rows one batch loads, whatever the page size: a policy may leave many out. */
    static final int BATCH = 200;

    private Keyset() {
    }

    /**
     * The part of the site a reader asks for: every territory and neighbourhood when a set is null. A row of a
     * neighbourhood is in it when its neighbourhood is; a row of a whole territory (no neighbourhood) when its
     * territory is.
     */
    public record Scope(Set<Long> territories, Set<Long> neighbourhoods) {

        public static final Scope EVERYWHERE = new Scope(null, null);

        public Scope {
            territories = territories == null ? null : Set.copyOf(territories);
            neighbourhoods = neighbourhoods == null ? null : Set.copyOf(neighbourhoods);
        }

        public boolean includes(Long territoryId, Long neighbourhoodId) {
            if (neighbourhoodId != null) {
                return neighbourhoods == null || neighbourhoods.contains(neighbourhoodId);
            }
            return territories == null || territoryId != null && territories.contains(territoryId);
        }

        public boolean includesNeighbourhood(long neighbourhoodId) {
            return includes(null, neighbourhoodId);
        }

        /** For a row sent to several neighbourhoods: in scope when one of them is. */
        public boolean includesAny(Collection<Long> neighbourhoodIds) {
            return neighbourhoods == null || neighbourhoodIds.stream().anyMatch(neighbourhoods::contains);
        }
    }

    /**
     * Up to {@code limit} rows after the id {@code after}, in id order, among those {@code visible} keeps.
     *
     * @param batch loads up to the given number of rows with an id above the given one, in id order
     */
    public static <E, R> List<R> after(long after, int limit, BiFunction<Long, Integer, List<E>> batch,
            ToLongFunction<E> id, Predicate<E> visible, Function<E, R> record) {
        List<R> page = new ArrayList<>();
        long from = after;
        while (page.size() < limit) {
            List<E> rows = batch.apply(from, BATCH);
            for (E row : rows) {
                from = id.applyAsLong(row);
                if (visible.test(row)) {
                    page.add(record.apply(row));
                    if (page.size() == limit) {
                        return page;
                    }
                }
            }
            if (rows.size() < BATCH) {
                break;
            }
        }
        return page;
    }

    /** {@link #after} over rows already in memory (a short reference list), sorted by id here. */
    public static <E, R> List<R> after(long after, int limit, List<E> all, ToLongFunction<E> id, Predicate<E> visible,
            Function<E, R> record) {
        List<E> sorted = all.stream().sorted(java.util.Comparator.comparingLong(id)).toList();
        return after(after, limit, (from, size) -> sorted.stream().filter(e -> id.applyAsLong(e) > from).limit(size)
                .toList(), id, visible, record);
    }
}
