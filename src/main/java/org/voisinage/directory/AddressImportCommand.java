package org.voisinage.directory;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --voisinage.import.addresses=/path/adresses-69.csv.gz}: imports that BAN file at start-up, logs the
 * report, then stops the application with exit code 0 (1 when the import failed).
 */
@Component
class AddressImportCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AddressImportCommand.class);

    private final AddressImports imports;
    private final ConfigurableApplicationContext context;
    private final AddressImportProperties settings;

    AddressImportCommand(AddressImports imports, ConfigurableApplicationContext context,
            AddressImportProperties settings) {
        this.imports = imports;
        this.context = context;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (settings.addresses().isEmpty()) {
            return;
        }
        Path path = Path.of(settings.addresses());
        ImportReport report = imports.importFile(path, path.getFileName().toString(), "command line");
        log.info("Import {} of {}: {} lines read, {} imported, {} rejected in {} s ({} rows/s)", report.status(), path,
                report.rowsRead(), report.rowsImported(), report.rowsRejected(), report.elapsed().toSeconds(),
                report.rowsPerSecond());
        if (report.failure() != null) {
            log.error("Import failed: {}", report.failure());
        }
        report.rejections().stream().limit(50).forEach(rejection -> log.warn("Line {} rejected: {} {}",
                rejection.lineNumber(), rejection.reason(), rejection.detail() == null ? "" : rejection.detail()));
        if (report.rowsRejected() > 50) {
            log.warn("... and {} more rejected lines", report.rowsRejected() - 50);
        }
        int code = report.succeeded() ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
