package org.legible.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.legible.support.LegibleTest;
import org.legible.support.People;
import org.legible.support.TestDatabases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The whole application on PostgreSQL, configured the way a clinic would: LEGIBLE_DATABASE_URL and a user. */
@LegibleTest
class PostgresApplicationTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("legible.database-url", TestDatabases::postgresUrl);
        registry.add("legible.database-user", () -> "postgres");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sign_up_record_correct_and_read_back_on_postgresql() throws Exception {
        assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
        People people = new People(mvc);
        MockHttpSession ann = people.signUp(People.uniqueEmail("ann"));
        String url = people.recordHeelAndCalf(ann);
        mvc.perform(People.checkIn(url, ann).param("overallPain", "2").param("sleepHours", "7.25"));

        String detail =
                mvc.perform(get(url).session(ann)).andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("2 / 10", "7.25 hours", "Earlier versions", "left heel");
    }
}
