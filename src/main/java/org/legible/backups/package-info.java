/**
 * Backups of the whole installation, for its administrator: a consistent copy of the SQLite database taken while
 * Legible runs (downloaded, or written on a schedule to a directory that keeps the newest few), and the {@code restore}
 * command that checks a copy before it replaces anything. On PostgreSQL the database's own tools do this (README).
 * A leaf: nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts", "system :: files", "system :: sql"})
package org.legible.backups;
