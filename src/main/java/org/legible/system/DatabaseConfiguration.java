package org.legible.system;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.legible.system.files.PrivateFiles;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code LEGIBLE_DATABASE_URL}, Legible keeps its data in one SQLite file, {@code legible.db}, in
 * {@code LEGIBLE_DATA_DIR} (default {@code ./data}), created 0700 with the database 0600, in WAL mode with foreign
 * keys on, read and written through {@link SqliteDataSource}. With a URL, it connects to PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseConfiguration.DatabaseProperties.class)
class DatabaseConfiguration {

    @ConfigurationProperties("legible")
    record DatabaseProperties(String dataDir, String databaseUrl, String databaseUser, String databasePassword) {

        boolean external() {
            return databaseUrl != null && !databaseUrl.isBlank();
        }

        Path dataPath() {
            return Path.of(dataDir == null || dataDir.isBlank() ? "data" : dataDir);
        }
    }

    @Bean
    DataSource dataSource(DatabaseProperties properties) {
        if (!properties.external()) {
            return SqliteDataSource.open(prepareSqliteFile(properties.dataPath()));
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("legible");
        config.setJdbcUrl(properties.databaseUrl());
        config.setUsername(properties.databaseUser());
        config.setPassword(properties.databasePassword());
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }

    /** Creates the data directory (0700) and an empty database file (0600) so SQLite never widens them. */
    static Path prepareSqliteFile(Path directory) {
        try {
            if (!Files.isDirectory(directory)) {
                PrivateFiles.createDirectories(directory);
            }
            Path file = directory.resolve("legible.db");
            if (!Files.exists(file)) {
                PrivateFiles.createFile(file);
            }
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the data directory " + directory.toAbsolutePath(), e);
        }
    }
}
