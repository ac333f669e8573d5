package org.voisinage.moderation;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.common.Hideable;
import org.voisinage.common.SiteClock;

/**
 * The {@link ModeratedContent} of one type kept in rows of its own module: found by id, hidden and restored through
 * their {@link Hideable} state, redacted by the row itself. Each module's adapter states only what differs: how a row
 * is found and redacted, what moderators are shown of it ({@link #summary}), who sees it ({@link #seenBy}). A missing
 * row is left alone: a case outlives its content.
 *
 * @param <T> the module's entity
 */
@Transactional
public abstract class ModeratedRows<T extends Hideable> implements ModeratedContent {

    /** What moderators and reporters are shown of a row: who wrote it, where, its title and text, its page. */
    public record Summary(Long authorId, Long neighbourhoodId, String title, String text, String path) {}

    private final ContentType type;
    private final LongFunction<Optional<T>> finder;
    private final BiConsumer<T, String> redactor;
    private final SiteClock clock;

    /**
     * @param finder the row with this id, when it exists (a repository's {@code findById})
     * @param redactor replaces the row's text with the moderator's
     */
    protected ModeratedRows(ContentType type, LongFunction<Optional<T>> finder, BiConsumer<T, String> redactor,
            SiteClock clock) {
        this.type = type;
        this.finder = finder;
        this.redactor = redactor;
        this.clock = clock;
    }

    /** What moderators are shown of this row. */
    protected abstract Summary summary(T row);

    /** Whether this resident sees this row on its pages (and so may report it). */
    protected abstract boolean seenBy(T row, long residentId);

    protected final Optional<T> find(long id) {
        return finder.apply(id);
    }

    /** The row about to change: by default as {@link #find} reads it; a type whose rows change concurrently locks. */
    protected Optional<T> findForChange(long id) {
        return find(id);
    }

    // not final, nor any public method: beans are transactional proxies, which only overridable methods reach
    @Override
    public ContentType type() {
        return type;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ContentSnapshot> snapshot(long id) {
        return find(id).map(row -> snapshot(id, row, summary(row)));
    }

    protected final ContentSnapshot snapshot(long id, T row, Summary shown) {
        return new ContentSnapshot(new ContentRef(type, id), shown.authorId(), shown.neighbourhoodId(), shown.title(),
                shown.text(), shown.path(), row.isHidden());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean visibleTo(long id, long residentId) {
        return find(id).filter(row -> seenBy(row, residentId)).isPresent();
    }

    /**
     * After the row was hidden or redacted: by default nothing. A type whose words other modules quoted (in-app
     * lists, digests) withdraws those quotes here.
     */
    protected void hiddenOrRedacted(long id) {
    }

    @Override
    public void hide(long id, String reason) {
        findForChange(id).ifPresent(row -> row.hide(reason, clock.now()));
        hiddenOrRedacted(id);
    }

    @Override
    public void restore(long id) {
        findForChange(id).ifPresent(Hideable::restore);
    }

    @Override
    public void redact(long id, String text) {
        findForChange(id).ifPresent(row -> redactor.accept(row, text));
        hiddenOrRedacted(id);
    }
}
