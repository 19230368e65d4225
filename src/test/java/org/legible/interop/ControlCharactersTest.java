package org.legible.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.legible.support.LegibleTest;
import org.legible.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * security.md §6: NUL and other control characters, from a form or a program, are not kept, and never reach an export
 * (a FHIR file holding one is invalid), even from text kept before they were dropped.
 */
@LegibleTest
class ControlCharactersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void control_characters_are_dropped_on_the_way_in_and_on_the_way_out() throws Exception {
        People people = new People(mvc);
        MockHttpSession ann = people.signUp(People.uniqueEmail("ann"));
        mvc.perform(People.checkIn("/check-ins", ann)
                .param("overallPain", "4")
                .param("note", "Legs ache\u0000 at night\u0007.\nWorse on stairs."));
        String token = people.token(ann, "read-write");
        mvc.perform(post("/api/v1/checkins")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"diaryDay\":\"2026-01-02\",\"overallPain\":3,"
                        + "\"medications\":[{\"name\":\"Pregabalin\\u0001\\u001b\"}],\"note\":\"Calm\\u0000 day\"}"));

        assertThat(jdbc.sql("SELECT note FROM check_in WHERE note IS NOT NULL ORDER BY note")
                        .query(String.class)
                        .list())
                .contains("Calm day", "Legs ache at night.\nWorse on stairs.");

        // Text kept before control characters were dropped on entry (the FHIR Bundle carries names, not notes).
        jdbc.sql("UPDATE check_in SET note = :note WHERE note = 'Calm day'")
                .param("note", "Calm\u0000 day")
                .update();
        jdbc.sql("UPDATE check_in_medication SET name = :name WHERE name = 'Pregabalin'")
                .param("name", "Pregabalin\u0000")
                .update();
        String fhir = mvc.perform(get("/export/legible-fhir.json").session(ann))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(fhir).contains("\"Pregabalin\"").doesNotContain("\\u0000", "\\u0001", "\\u0007", "\\u001b");
        String csv = checkInsCsv(ann);
        assertThat(csv).contains("Calm day").doesNotContain("\u0000", "\u0001", "\u0007", "\u001b");
    }

    private String checkInsCsv(MockHttpSession session) throws Exception {
        byte[] zipped = mvc.perform(get("/export/legible-csv.zip").session(session))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        StringBuilder all = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipped))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                all.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
