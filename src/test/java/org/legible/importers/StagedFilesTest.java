package org.legible.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legible.support.LegibleTest;
import org.legible.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;

/**
 * Files waiting for a mapping or an import: capped per person, gone with the account, in a private directory. What a
 * crash leaves is swept (importers.internal.UploadSweepTest).
 */
@LegibleTest
class StagedFilesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StagedFiles staged;

    private MockHttpServletResponse uploadCsv(MockHttpSession session) throws Exception {
        return mvc.perform(multipart("/import/health/csv")
                        .file(new MockMultipartFile(
                                "csvFile",
                                "sleep.csv",
                                "text/csv",
                                "day,sleep\n2026-11-01,7.5\n".getBytes(StandardCharsets.UTF_8)))
                        .session(session)
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }

    private List<Path> filesIn(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void a_person_may_have_five_files_waiting_and_others_are_not_held_back_by_them() throws Exception {
        People people = new People(mvc);
        MockHttpSession ann = people.signUp(People.uniqueEmail("ann"));
        for (int i = 0; i < 5; i++) {
            assertThat(uploadCsv(ann).getRedirectedUrl()).startsWith("/import/health/csv/");
        }

        MockHttpServletResponse sixth = uploadCsv(ann);

        assertThat(sixth.getStatus()).isEqualTo(422);
        assertThat(sixth.getContentAsString())
                .contains("You already have files waiting to be brought in (at most 5, and 4 GB in all).");
        assertThat(uploadCsv(people.signUp(People.uniqueEmail("bob"))).getRedirectedUrl())
                .startsWith("/import/health/csv/");
    }

    @Test
    void deleting_the_account_deletes_its_waiting_files_at_once() throws Exception {
        People people = new People(mvc);
        MockHttpSession cy = people.signUp(People.uniqueEmail("cy"));
        uploadCsv(cy);
        uploadCsv(cy);
        int before = filesIn(staged.directory()).size();

        mvc.perform(post("/account/delete")
                        .session(cy)
                        .with(csrf())
                        .param("confirm", "DELETE")
                        .param("passphrase", People.PASSPHRASE))
                .andExpect(redirectedUrl("/login?deleted"));

        assertThat(filesIn(staged.directory())).hasSize(before - 2);
    }

    @Test
    void the_upload_directory_and_the_data_directory_it_may_create_are_private(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");

        new StagedFiles("", data.toString(), 5, DataSize.ofGigabytes(4));

        for (Path created : new Path[] {data, data.resolve("uploads"), data.resolve("uploads/incoming")}) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(created)))
                    .as(created.toString())
                    .isEqualTo("rwx------");
        }
    }
}
