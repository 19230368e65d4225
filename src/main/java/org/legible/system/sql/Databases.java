package org.legible.system.sql;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Which of the two supported databases is in use, where behaviour must differ. */
public final class Databases {

    private Databases() {}

    /**
     * True on SQLite: a file only this server opens, so at start-up nothing another server is doing can be lost and
     * the file can be copied for a backup. False on PostgreSQL, which several servers may share.
     */
    public static boolean isSqlite(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "SQLite".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database", e);
        }
    }
}
