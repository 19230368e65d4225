package org.legible.system;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * On PostgreSQL, sessions live in the database (Spring Session JDBC, tables from the PostgreSQL migrations), so that a
 * person signed in on one server carries on on another and a restart signs nobody out (docs/scaling.md). On SQLite
 * there is only ever one server, and the servlet container keeps sessions in memory. Boot's own JDBC session
 * configuration is excluded in application.properties because it cannot be switched off by the database in use.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${legible.database-url:}' != ''")
@EnableJdbcHttpSession(cleanupCron = "0 */5 * * * *")
class SessionsInDatabase {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
            @Value("${server.servlet.session.timeout}") Duration timeout) {
        return repository -> repository.setDefaultMaxInactiveInterval(timeout);
    }
}
