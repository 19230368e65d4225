package org.legible.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legible.support.LegibleTest;
import org.legible.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** What a monitor sees at /actuator/health: up or down, and nothing about anyone. */
@LegibleTest
class HealthControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anyone_is_told_the_server_is_up_and_nothing_more() throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get("/actuator/health")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/json");
        assertThat(response.getContentAsString()).isEqualTo("{\"status\":\"UP\"}");

        MockHttpServletResponse signedIn = mvc.perform(
                        get("/actuator/health").session(new People(mvc).signUp(People.uniqueEmail("ann"))))
                .andReturn()
                .getResponse();
        assertThat(signedIn.getContentAsString()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void a_database_that_cannot_be_opened_is_down(@TempDir Path empty) {
        // A database file in a folder that does not exist: SQLite cannot open it.
        DriverManagerDataSource unreachable =
                new DriverManagerDataSource("jdbc:sqlite:" + empty.resolve("gone/legible.db"));

        ResponseEntity<Map<String, String>> answer = new HealthController(JdbcClient.create(unreachable)).health();

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getBody()).isEqualTo(Map.of("status", "DOWN"));
    }
}
