package org.legible.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legible.system.mail.Mail;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Whoever runs the server is told at start-up when open sign-up cannot keep quiet about who has an account. */
@ExtendWith(OutputCaptureExtension.class)
class PendingSignupsTest {

    private static Mail mail(String host) {
        return new Mail(host, 587, "", "", "", true);
    }

    @Test
    void open_sign_up_without_e_mail_is_warned_about_at_start_up(CapturedOutput output) {
        new PendingSignups(null, null, mail(""), null, Clock.systemUTC(), new SignupProperties("open"));

        assertThat(output).contains("Sign-up is open and no e-mail is set up");
    }

    @Test
    void closed_sign_up_or_open_with_e_mail_needs_no_warning(CapturedOutput output) {
        new PendingSignups(null, null, mail(""), null, Clock.systemUTC(), new SignupProperties("closed"));
        new PendingSignups(null, null, mail("smtp.example.org"), null, Clock.systemUTC(), new SignupProperties("open"));

        assertThat(output).doesNotContain("Sign-up is open and no e-mail is set up");
    }
}
