package org.legible.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Health imports run in the background; tests follow them to the end as the job page's script does. */
public final class HealthImportJobs {

    private HealthImportJobs() {}

    /**
     * Waits on the job the upload redirected to until it has finished and returns its finished page. The wait is for
     * the work to end, not a measure of its speed.
     */
    public static String finishedJobPage(MockMvc mvc, MockHttpSession session, String job) throws Exception {
        assertThat(job).startsWith("/import/health/jobs/");
        for (int i = 0; i < 600; i++) {
            String progress = mvc.perform(get(job + "/progress").session(session))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            if (progress.contains("\"finished\":true")) {
                return mvc.perform(get(job).session(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not finish within a minute");
    }
}
