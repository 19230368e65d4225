package org.legible.system.sql;

import java.sql.SQLException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.sqlite.SQLiteException;

/**
 * Gives SQLite's constraint failures the exceptions PostgreSQL's already get, so code that catches
 * {@link DuplicateKeyException} (a file imported twice at once, two experiment starts at once) works on both. Spring
 * has no error codes for SQLite, and its driver reports every constraint failure as code 19; the extended result code
 * tells them apart. Registered for the product name "SQLite" in {@code sql-error-codes.xml}.
 */
public final class SqliteExceptionTranslator implements SQLExceptionTranslator {

    @Override
    public DataAccessException translate(String task, String sql, SQLException ex) {
        if (!(ex instanceof SQLiteException sqlite)) {
            return null;
        }
        String message = task + "; " + ex.getMessage();
        return switch (sqlite.getResultCode()) {
            case SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY -> new DuplicateKeyException(message, ex);
            case SQLITE_CONSTRAINT,
                    SQLITE_CONSTRAINT_FOREIGNKEY,
                    SQLITE_CONSTRAINT_NOTNULL,
                    SQLITE_CONSTRAINT_CHECK,
                    SQLITE_CONSTRAINT_TRIGGER -> new DataIntegrityViolationException(message, ex);
            default -> null;
        };
    }
}
