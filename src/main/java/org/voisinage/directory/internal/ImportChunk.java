package org.voisinage.directory.internal;

import java.io.IOException;
import java.util.List;
import org.voisinage.directory.ImportRejection;

/**
 * What the reading thread hands the loading thread: up to a chunk's worth of valid rows as COPY text (one per id: a
 * later line with the same id wins), the rejections met meanwhile, and the running totals at the chunk's end; or the
 * failure that stopped the reading.
 */
public record ImportChunk(CopyChunk content, List<ImportRejection> rejections, long rowsRead, long rowsImported,
        long rowsRejected, long bytesRead, boolean last, IOException failure) {

    static ImportChunk failed(IOException failure) {
        return new ImportChunk(CopyChunk.of(List.of()), List.of(), 0, 0, 0, 0, true, failure);
    }
}
