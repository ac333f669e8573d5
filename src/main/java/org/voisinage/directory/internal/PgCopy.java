package org.voisinage.directory.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/** PostgreSQL's COPY FROM STDIN, the cheapest way in for many rows. */
final class PgCopy {

    private PgCopy() {
    }

    /** Sends a chunk's COPY text in one go (a few MB): far cheaper than writing it row by row. */
    static void copy(Connection connection, String sql, byte[] text) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            copy.writeToCopy(text, 0, text.length);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }
}
