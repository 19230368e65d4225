package org.legible.system;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.legible.system.sql.Databases;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs (reminders, backups, the upload sweep) run on every server's clock, but each run is claimed first in
 * the database's {@code scheduled_lock} table (ShedLock, V21), so with several servers exactly one runs it. A job that
 * belongs to one server (an import's heartbeat) carries no lock. PostgreSQL's clock decides when a lock ends, so
 * servers whose clocks differ still agree; SQLite has one server, and its own clock. A command (demo, import, admin)
 * schedules nothing: its jobs belong to the server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = CommandAutoConfigurations.PROPERTY, havingValue = "false", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class ScheduledJobs {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        JdbcTemplateLockProvider.Configuration.Builder configuration = JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("scheduled_lock");
        if (!Databases.isSqlite(dataSource)) {
            configuration.usingDbTime();
        }
        return new JdbcTemplateLockProvider(configuration.build());
    }
}
