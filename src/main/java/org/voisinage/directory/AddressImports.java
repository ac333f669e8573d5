package org.voisinage.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.voisinage.directory.internal.AddressBulkLoader;
import org.voisinage.directory.internal.BanCsvReader;
import org.voisinage.directory.internal.BanFileException;
import org.voisinage.directory.internal.ChunkParser;
import org.voisinage.directory.internal.ImportChunk;

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
    private final ImportJournal journal;
    private final Path uploadDirectory;
    /** Not a bean: an Executor bean would replace Boot's applicationTaskExecutor for every module. */
    private final ThreadPoolTaskExecutor background = new ThreadPoolTaskExecutor();

    AddressImports(DataSource dataSource, ImportJournal journal, AddressImportProperties settings) {
        this.dataSource = dataSource;
        this.journal = journal;
        this.uploadDirectory = settings.directory();
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
        long id = journal.start(originalName, size, startedBy);
        return run(id, file, false);
    }

    /** Imports from a stream now (a classpath resource, for instance) and returns when done. */
    public ImportReport importStream(InputStream content, String originalName, String startedBy) {
        long id = journal.start(originalName, 0, startedBy);
        return run(id, () -> content);
    }

    /** Imports a classpath resource, e.g. {@code demo/addresses-villeurbanne.csv} for the demo seeder. */
    public ImportReport importResource(String location, String startedBy) {
        ClassPathResource resource = new ClassPathResource(location);
        long id = journal.start(resource.getFilename(), 0, startedBy);
        return run(id, resource::getInputStream);
    }

    /**
     * Saves an uploaded file under the import directory and imports it in the background.
     *
     * @return the import's id, to follow its progress with {@link #get(long)}
     */
    public long startUpload(AddressUpload upload) {
        Path saved = save(upload.content(), upload.fileName());
        long id = journal.start(upload.fileName(), sizeOf(saved), upload.startedBy());
        background.execute(() -> run(id, saved, true));
        return id;
    }

    public AddressImportView get(long id) {
        return journal.get(id);
    }

    public List<AddressImportView> recent(int limit) {
        return journal.recent(limit);
    }

    /** The stored rejected lines of an import, in file order. */
    public List<ImportRejection> rejections(long id) {
        return journal.rejections(id);
    }

    /**
     * Imports still RUNNING when the application starts were cut short by the last stop; a first import
     * cut short may have left the directory without the indexes it builds at its end.
     */
    @EventListener(ApplicationReadyEvent.class)
    void failInterruptedImports() {
        int interrupted = journal.failInterrupted();
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

    /**
     * Reads the file on a second thread ({@link ChunkParser}) while this one writes the previous chunk to the
     * database.
     */
    private ImportReport run(long id, ImportSource source) {
        long started = System.nanoTime();
        BlockingQueue<ImportChunk> chunks = new ArrayBlockingQueue<>(1);
        try (BanCsvReader reader = BanCsvReader.open(source.open());
                Connection connection = dataSource.getConnection();
                AddressBulkLoader loader = new AddressBulkLoader(connection)) {
            Thread parser = new Thread(() -> ChunkParser.parse(reader, chunks, CHUNK_SIZE, MAX_STORED_REJECTIONS),
                    "address-import-reader-" + id);
            parser.start();
            try {
                ImportChunk chunk;
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
            journal.end(id, ImportStatus.COMPLETED, null, null);
        } catch (BanFileException e) {
            journal.end(id, ImportStatus.FAILED, e.failure(), e.detail());
        } catch (IOException | UncheckedIOException e) {
            log.warn("Address import {} could not read its file: {}", id, e.toString());
            journal.end(id, ImportStatus.FAILED, ImportFailure.UNREADABLE, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            journal.end(id, ImportStatus.FAILED, ImportFailure.INTERRUPTED, null);
        } catch (SQLException | RuntimeException e) {
            log.error("Address import {} failed", id, e);
            journal.end(id, ImportStatus.FAILED, ImportFailure.DATABASE_ERROR, e.getMessage());
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

    private void saveProgress(long id, ImportChunk chunk, long started) {
        journal.progress(id, chunk);
        long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
        log.info("Address import {}: {} lines read, {} rejected ({} rows/s)", id, chunk.rowsRead(),
                chunk.rowsRejected(), chunk.rowsRead() * 1000 / millis);
    }

    private Path save(ImportSource content, String originalName) {
        try (InputStream upload = content.open()) {
            Files.createDirectories(uploadDirectory);
            // never trust the uploaded name for the path: a random name, keeping only the .gz hint for humans
            String suffix = originalName != null && originalName.toLowerCase().endsWith(".gz") ? ".csv.gz" : ".csv";
            Path target = uploadDirectory.resolve("addresses-" + UUID.randomUUID() + suffix);
            Files.copy(upload, target, StandardCopyOption.REPLACE_EXISTING);
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

    @Override
    public void destroy() {
        background.shutdown();
    }
}
