package org.voisinage.directory;

import java.time.Instant;

/** An address import as staff see it, with its progress. */
public record AddressImportView(long id, String fileName, ImportStatus status, long bytesTotal, long bytesRead,
        long rowsRead, long rowsImported, long rowsRejected, ImportFailure failure, String failureDetail,
        String startedBy, Instant startedAt, Instant finishedAt) {

    public boolean running() {
        return status == ImportStatus.RUNNING;
    }

    /** 0..100, from the bytes read so far (compressed bytes for a .gz file). */
    public int percent() {
        if (status == ImportStatus.COMPLETED) {
            return 100;
        }
        return bytesTotal <= 0 ? 0 : (int) Math.min(100, bytesRead * 100 / bytesTotal);
    }
}
