package org.legible.system;

import java.util.Map;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For a monitor, a load balancer or a container's health check, at the address Spring Boot's actuator used: 200 and
 * {@code {"status":"UP"}} while the database answers, 503 and {@code {"status":"DOWN"}} when it does not. It says
 * nothing else, to anyone (docs/decisions/0017-health-without-the-actuator.md).
 */
@RestController
record HealthController(JdbcClient jdbc) {

    static final String PATH = "/actuator/health";

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> health() {
        try {
            jdbc.sql("SELECT 1").query(Integer.class).single();
            return ResponseEntity.ok(Map.of("status", "UP"));
        } catch (DataAccessException e) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("status", "DOWN"));
        }
    }
}
