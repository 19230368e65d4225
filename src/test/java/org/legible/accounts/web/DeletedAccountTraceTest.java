package org.legible.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.legible.support.LegibleTest;
import org.legible.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** security.md: a deleted account's e-mail and diary text cannot be read back from the SQLite files afterwards. */
@LegibleTest
class DeletedAccountTraceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_deleted_accounts_email_and_note_are_not_left_in_the_database_files() throws Exception {
        String marker = "trace" + UUID.randomUUID().toString().replace("-", "");
        String email = marker + "@example.com";
        People people = new People(mvc);
        MockHttpSession ann = people.signUp(email);
        mvc.perform(People.checkIn("/check-ins", ann)
                        .param("overallPain", "5")
                        .param("note", "Private words " + marker))
                .andExpect(redirectedUrl("/history"));
        Path database = Path.of(jdbc.sql("SELECT file FROM pragma_database_list WHERE name = 'main'")
                .query(String.class)
                .single());
        assertThat(occurrences(database, marker)).isPositive();

        mvc.perform(post("/account/delete")
                        .session(ann)
                        .with(csrf())
                        .param("confirm", "DELETE")
                        .param("passphrase", People.PASSPHRASE))
                .andExpect(redirectedUrl("/login?deleted"));

        assertThat(occurrences(database, marker)).isZero();
    }

    /** How often the text appears in the database file and its write-ahead log, read as raw bytes. */
    private static int occurrences(Path database, String text) throws Exception {
        int found = 0;
        for (Path file : new Path[] {database, Path.of(database + "-wal")}) {
            if (Files.exists(file)) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (int at = bytes.indexOf(text); at >= 0; at = bytes.indexOf(text, at + 1)) {
                    found++;
                }
            }
        }
        return found;
    }
}
