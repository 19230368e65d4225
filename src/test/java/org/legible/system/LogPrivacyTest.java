package org.legible.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.legible.support.People.checkIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legible.support.LegibleTest;
import org.legible.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Logs carry ids, never what people typed, nor their e-mail address, even when their input is refused. */
@LegibleTest
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyTest {

    private static final String CANARY = "CANARY-7f3a";

    @Autowired
    MockMvc mvc;

    @Test
    void no_typed_text_or_email_reaches_the_logs(CapturedOutput output) throws Exception {
        String email = "canary-7f3a-" + People.uniqueEmail("x");
        MockHttpSession session = new People(mvc).signUp(email);
        mvc.perform(checkIn("/check-ins", session)
                .param("overallPain", "4")
                .param("note", CANARY)
                .param("ownTriggers", CANARY)
                .param("strategies[20].ownName", CANARY)
                .param("medications[0].name", CANARY));
        mvc.perform(checkIn("/check-ins", session)
                .param("overallPain", "44")
                .param("note", CANARY + "x".repeat(20_001))
                .param("medications[0].name", CANARY)
                .param("medications[0].dose", CANARY));
        mvc.perform(post("/check-ins").session(session).param("note", CANARY));
        mvc.perform(post("/check-ins").session(session).with(csrf()).param("sites[999].code", CANARY));
        mvc.perform(post("/login").with(csrf()).param("username", email).param("password", CANARY));

        assertThat(output.getAll()).doesNotContainIgnoringCase(CANARY).doesNotContain(email);
    }
}
