package org.voisinage.directory;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of an import run to its end.
 *
 * @param rejections the first rejected lines (at most {@link AddressImports#MAX_STORED_REJECTIONS})
 */
public record ImportReport(long id, ImportStatus status, ImportFailure failure, long rowsRead, long rowsImported,
        long rowsRejected, List<ImportRejection> rejections, Duration elapsed) {

    public boolean succeeded() {
        return status == ImportStatus.COMPLETED;
    }

    public long rowsPerSecond() {
        long millis = Math.max(1, elapsed.toMillis());
        return rowsRead * 1000 / millis;
    }
}
