package org.voisinage.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.voisinage.common.NotFoundException;
import org.voisinage.directory.internal.AddressBulkLoader;
import org.voisinage.directory.internal.BanCsvReader;
import org.voisinage.directory.internal.BanFileException;
import org.voisinage.directory.internal.BanRow;
import org.voisinage.directory.internal.CopyChunk;

/**
 * Imports Base Adresse Nationale CSV files (plain or gzipped) into the directory: streaming, in chunks,
 * keeping valid lines and recording rejected ones. Each import is journaled in {@code address_import}
 * with its progress. Uploads run in the background, one at a time; the command line and the demo seeder
 * call {@link #importFile} and wait.
 */
@Service
public class AddressImports implements DisposableBean {

    public static final int MAX_STORED_REJECTIONS = 1_000;
    static final int CHUNK_SIZE = 50_000;
    private static final Logger log = LoggerFactory.getLogger(AddressImports.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Path uploadDirectory;
    /** Not a bean: an Executor bean would replace Boot's applicationTaskExecutor for every module. */
    private final ThreadPoolTaskExecutor background = new ThreadPoolTaskExecutor();

    AddressImports(DataSource dataSource, JdbcClient jdbc,
            @Value("${voisinage.import.directory:var/imports}") String uploadDirectory) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.uploadDirectory = Path.of(uploadDirectory);
        // one import at a time: two large imports would only slow each other down
        background.setCorePoolSize(1);
        background.setMaxPoolSize(1);
        background.setThreadNamePrefix("address-import-");
        background.setWaitForTasksToCompleteOnShutdown(false);
        background.initialize();
    }

    /** Imports a file now and returns when done. The demo seeder and the command line use this. */
    public ImportReport importFile(Path file, String originalName, String startedBy) {
        long size = sizeOf(file);
        long id = journalStart(originalName, size, startedBy);
        return run(id, file, false);
    }

    /** Imports from a stream now (a classpath resource, for instance) and returns when done. */
    public ImportReport importStream(InputStream content, String originalName, String startedBy) {
        long id = journalStart(originalName, 0, startedBy);
        return run(id, () -> content);
    }

    /** Imports a classpath resource, e.g. {@code demo/addresses-villeurbanne.csv} for the demo seeder. */
    public ImportReport importResource(String location, String startedBy) {
        ClassPathResource resource = new ClassPathResource(location);
        long id = journalStart(resource.getFilename(), 0, startedBy);
        return run(id, resource::getInputStream);
    }

    /**
     * Saves an uploaded file under the import directory and imports it in the background.
     *
     * @return the import's id, to follow its progress with {@link #get(long)}
     */
    public long startUpload(InputStream content, String originalName, String startedBy) {
        Path saved = save(content, originalName);
        long id = journalStart(originalName, sizeOf(saved), startedBy);
        background.execute(() -> run(id, saved, true));
        return id;
    }

    public AddressImportView get(long id) {
        return jdbc.sql("select * from address_import where id = ?").param(id).query(AddressImports::view)
                .optional().orElseThrow(() -> new NotFoundException("address import", id));
    }

    public List<AddressImportView> recent(int limit) {
        return jdbc.sql("select * from address_import order by started_at desc, id desc limit ?").param(limit)
                .query(AddressImports::view).list();
    }

    /** The stored rejected lines of an import, in file order. */
    public List<ImportRejection> rejections(long id) {
        return jdbc.sql("""
                select line_number, reason, detail from address_import_rejection where import_id = ?
                order by line_number""").param(id)
                .query((rs, n) -> new ImportRejection(rs.getLong(1), RejectionReason.valueOf(rs.getString(2)),
                        rs.getString(3)))
                .list();
    }

    /**
     * Imports still RUNNING when the application starts were cut short by the last stop; a first import
     * cut short may have left the directory without the indexes it builds at its end.
     */
    @EventListener(ApplicationReadyEvent.class)
    void failInterruptedImports() {
        int interrupted = jdbc.sql("""
                update address_import set status = 'FAILED', failure = 'INTERRUPTED', finished_at = now()
                where status = 'RUNNING' and started_at < now() - interval '1 minute'""").update();
        if (interrupted > 0) {
            log.warn("{} address import(s) were interrupted by the last stop", interrupted);
        }
        try (Connection connection = dataSource.getConnection()) {
            AddressBulkLoader.restoreIndexes(connection);
        } catch (SQLException e) {
            log.error("Could not check the address directory's indexes", e);
        }
    }

    private ImportReport run(long id, Path file, boolean deleteAfter) {
        try {
            return run(id, () -> Files.newInputStream(file));
        } finally {
            if (deleteAfter) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    log.warn("Could not delete the uploaded file {}", file, e);
                }
            }
        }
    }

    private interface Source {
        InputStream open() throws IOException;
    }

    /**
     * Reads the file on a second thread while this one writes the previous chunk to the database: parsing
     * and loading overlap, and at most three chunks are in memory at once.
     */
    private ImportReport run(long id, Source source) {
        long started = System.nanoTime();
        BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(1);
        try (BanCsvReader reader = BanCsvReader.open(source.open());
                Connection connection = dataSource.getConnection();
                AddressBulkLoader loader = new AddressBulkLoader(connection)) {
            Thread parser = new Thread(() -> parse(reader, chunks), "address-import-reader-" + id);
            parser.start();
            try {
                Chunk chunk;
                do {
                    chunk = chunks.take();
                    if (chunk.failure() != null) {
                        throw chunk.failure();
                    }
                    loader.load(chunk.content());
                    saveProgress(id, chunk, started);
                } while (!chunk.last());
            } finally {
                parser.interrupt();
                parser.join();
            }
            loader.finish();
            journalEnd(id, ImportStatus.COMPLETED, null, null);
        } catch (BanFileException e) {
            journalEnd(id, ImportStatus.FAILED, e.failure(), e.detail());
        } catch (IOException | UncheckedIOException e) {
            log.warn("Address import {} could not read its file: {}", id, e.toString());
            journalEnd(id, ImportStatus.FAILED, ImportFailure.UNREADABLE, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            journalEnd(id, ImportStatus.FAILED, ImportFailure.INTERRUPTED, null);
        } catch (SQLException | RuntimeException e) {
            log.error("Address import {} failed", id, e);
            journalEnd(id, ImportStatus.FAILED, ImportFailure.DATABASE_ERROR, e.getMessage());
        }
        AddressImportView view = get(id);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        ImportReport report = new ImportReport(id, view.status(), view.failure(), view.rowsRead(), view.rowsImported(),
                view.rowsRejected(), rejections(id), elapsed);
        log.info("Address import {} ({}) {}: {} lines read, {} imported, {} rejected in {} ms ({} rows/s)", id,
                view.fileName(), view.status(), report.rowsRead(), report.rowsImported(), report.rowsRejected(),
                elapsed.toMillis(), report.rowsPerSecond());
        return report;
    }

    /**
     * Up to {@link #CHUNK_SIZE} valid rows as COPY text (one per id: a later line with the same id wins), the rejections
     * met meanwhile, and the running totals at the chunk's end.
     */
    private record Chunk(CopyChunk content, List<ImportRejection> rejections, long rowsRead, long rowsImported,
            long rowsRejected, long bytesRead, boolean last, IOException failure) {

        static Chunk failed(IOException failure) {
            return new Chunk(CopyChunk.of(List.of()), List.of(), 0, 0, 0, 0, true, failure);
        }
    }

    private static void parse(BanCsvReader reader, BlockingQueue<Chunk> chunks) {
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
                    if (rows.size() >= CHUNK_SIZE) {
                        // turned into COPY text here, while the loader stores the previous chunk
                        chunks.put(new Chunk(CopyChunk.of(rows.values()), rejections, rowsRead, rowsImported,
                                rowsRejected, reader.bytesRead(), false, null));
                        rows = new LinkedHashMap<>();
                        rejections = new ArrayList<>();
                    }
                } else {
                    rowsRejected++;
                    if (rowsRejected <= MAX_STORED_REJECTIONS) {
                        rejections.add((ImportRejection) line);
                    }
                }
            }
            chunks.put(new Chunk(CopyChunk.of(rows.values()), rejections, rowsRead, rowsImported, rowsRejected,
                    reader.bytesRead(), true, null));
        } catch (InterruptedException e) {
            // the loader stopped: nothing more to hand over
        } catch (IOException | UncheckedIOException e) {
            chunks.offer(Chunk.failed(e instanceof UncheckedIOException u ? u.getCause() : (IOException) e));
        } catch (RuntimeException e) {
            chunks.offer(Chunk.failed(new IOException(e)));
        }
    }

    /** Written once per chunk: the stored rejections and the counts, visible to the progress page. */
    private void saveProgress(long id, Chunk chunk, long started) {
        List<ImportRejection> rejections = chunk.rejections();
        if (!rejections.isEmpty()) {
            jdbc.sql("""
                    insert into address_import_rejection (import_id, line_number, reason, detail)
                    select ?, * from unnest(?::bigint[], ?::text[], ?::text[])
                    on conflict do nothing""")
                    .param(id)
                    .param(rejections.stream().map(ImportRejection::lineNumber).toArray(Long[]::new))
                    .param(rejections.stream().map(r -> r.reason().name()).toArray(String[]::new))
                    .param(rejections.stream().map(ImportRejection::detail).toArray(String[]::new))
                    .update();
        }
        jdbc.sql("""
                update address_import set bytes_read = ?, rows_read = ?, rows_imported = ?, rows_rejected = ?
                where id = ?""")
                .params(chunk.bytesRead(), chunk.rowsRead(), chunk.rowsImported(), chunk.rowsRejected(), id).update();
        long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
        log.info("Address import {}: {} lines read, {} rejected ({} rows/s)", id, chunk.rowsRead(),
                chunk.rowsRejected(), chunk.rowsRead() * 1000 / millis);
    }

    private long journalStart(String fileName, long bytesTotal, String startedBy) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into address_import (file_name, status, bytes_total, started_by) values (?, 'RUNNING', ?, ?)""")
                .params(shorten(fileName == null || fileName.isBlank() ? "addresses.csv" : fileName, 255), bytesTotal,
                        shorten(startedBy, 254))
                .update(key, "id");
        return key.getKey().longValue();
    }

    private void journalEnd(long id, ImportStatus status, ImportFailure failure, String detail) {
        jdbc.sql("""
                update address_import set status = ?, failure = ?, failure_detail = ?, finished_at = now(),
                bytes_read = case when ? = 'COMPLETED' then bytes_total else bytes_read end where id = ?""")
                .params(status.name(), failure == null ? null : failure.name(), shorten(detail, 500), status.name(), id)
                .update();
    }

    private Path save(InputStream content, String originalName) {
        try {
            Files.createDirectories(uploadDirectory);
            // never trust the uploaded name for the path: a random name, keeping only the .gz hint for humans
            String suffix = originalName != null && originalName.toLowerCase().endsWith(".gz") ? ".csv.gz" : ".csv";
            Path target = uploadDirectory.resolve("addresses-" + UUID.randomUUID() + suffix);
            Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the uploaded address file", e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String shorten(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static AddressImportView view(ResultSet rs, int row) throws SQLException {
        String failure = rs.getString("failure");
        return new AddressImportView(rs.getLong("id"), rs.getString("file_name"),
                ImportStatus.valueOf(rs.getString("status")), rs.getLong("bytes_total"), rs.getLong("bytes_read"),
                rs.getLong("rows_read"), rs.getLong("rows_imported"), rs.getLong("rows_rejected"),
                failure == null ? null : ImportFailure.valueOf(failure), rs.getString("failure_detail"),
                rs.getString("started_by"), instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    @Override
    public void destroy() {
        background.shutdown();
    }
}
