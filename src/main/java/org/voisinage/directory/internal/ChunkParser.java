package org.voisinage.directory.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import org.voisinage.directory.ImportRejection;

/**
 * Reads a BAN file into {@link ImportChunk}s, on its own thread while the loader stores the previous chunk: parsing
 * and loading overlap, and with a queue of one at most three chunks are in memory at once.
 */
public final class ChunkParser {

    private ChunkParser() {
    }

    /**
     * Reads the whole file, handing over a chunk each {@code chunkSize} valid rows and a last one at the end (or a
     * failed one). Stops quietly when interrupted: the loader gave up.
     *
     * @param maxStoredRejections rejected lines kept beyond this are counted, not kept
     */
    public static void parse(BanCsvReader reader, BlockingQueue<ImportChunk> chunks, int chunkSize,
            int maxStoredRejections) {
        Map<String, BanRow> rows = new LinkedHashMap<>();
        List<ImportRejection> rejections = new ArrayList<>();
        long rowsRead = 0;
        long rowsImported = 0;
        long rowsRejected = 0;
        try {
            Object line;
            while ((line = reader.next()) != null) {
                rowsRead++;
                if (line instanceof BanRow row) {
                    rows.put(row.id(), row);
                    rowsImported++;
                    if (rows.size() >= chunkSize) {
                        // turned into COPY text here, while the loader stores the previous chunk
                        chunks.put(new ImportChunk(CopyChunk.of(rows.values()), rejections, rowsRead, rowsImported,
                                rowsRejected, reader.bytesRead(), false, null));
                        rows = new LinkedHashMap<>();
                        rejections = new ArrayList<>();
                    }
                } else {
                    rowsRejected++;
                    if (rowsRejected <= maxStoredRejections) {
                        rejections.add((ImportRejection) line);
                    }
                }
            }
            chunks.put(new ImportChunk(CopyChunk.of(rows.values()), rejections, rowsRead, rowsImported, rowsRejected,
                    reader.bytesRead(), true, null));
        } catch (InterruptedException e) {
            // the loader stopped: nothing more to hand over
        } catch (IOException | UncheckedIOException e) {
            chunks.offer(ImportChunk.failed(e instanceof UncheckedIOException u ? u.getCause() : (IOException) e));
        } catch (RuntimeException e) {
            chunks.offer(ImportChunk.failed(new IOException(e)));
        }
    }
}
