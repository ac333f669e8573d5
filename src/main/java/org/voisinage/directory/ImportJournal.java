package org.voisinage.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.voisinage.common.NotFoundException;
import org.voisinage.directory.internal.ImportChunk;

/**
 * The journal of address imports ({@code address_import}, {@code address_import_rejection}): each import's file,
 * status and progress, written as it runs so that the progress page (and another instance) can follow it.
 */
@Component
class ImportJournal {

    private final JdbcClient jdbc;

    ImportJournal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new RUNNING import; its id. */
    long start(String fileName, long bytesTotal, String startedBy) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into address_import (file_name, status, bytes_total, started_by) values (?, 'RUNNING', ?, ?)""")
                .params(shorten(fileName == null || fileName.isBlank() ? "addresses.csv" : fileName, 255), bytesTotal,
                        shorten(startedBy, 254))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Written once per chunk: the stored rejections and the counts, visible to the progress page. */
    void progress(long id, ImportChunk chunk) {
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
    }

    void end(long id, ImportStatus status, ImportFailure failure, String detail) {
        jdbc.sql("""
                update address_import set status = ?, failure = ?, failure_detail = ?, finished_at = now(),
                bytes_read = case when ? = 'COMPLETED' then bytes_total else bytes_read end where id = ?""")
                .params(status.name(), failure == null ? null : failure.name(), shorten(detail, 500), status.name(), id)
                .update();
    }

    /**
     * Imports still RUNNING a minute after they began, when the application starts, were cut short by the last stop.
     *
     * @return how many
     */
    int failInterrupted() {
        return jdbc.sql("""
                update address_import set status = 'FAILED', failure = 'INTERRUPTED', finished_at = now()
                where status = 'RUNNING' and started_at < now() - interval '1 minute'""").update();
    }

    AddressImportView get(long id) {
        return jdbc.sql("select * from address_import where id = ?").param(id).query(ImportJournal::view)
                .optional().orElseThrow(() -> new NotFoundException("address import", id));
    }

    List<AddressImportView> recent(int limit) {
        return jdbc.sql("select * from address_import order by started_at desc, id desc limit ?").param(limit)
                .query(ImportJournal::view).list();
    }

    /** The stored rejected lines of an import, in file order. */
    List<ImportRejection> rejections(long id) {
        return jdbc.sql("""
                select line_number, reason, detail from address_import_rejection where import_id = ?
                order by line_number""").param(id)
                .query((rs, n) -> new ImportRejection(rs.getLong(1), RejectionReason.valueOf(rs.getString(2)),
                        rs.getString(3)))
                .list();
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
}
