package org.legible.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) on a free port of this machine, for tests of what Legible mails: start it before the
 * class, point Legible at it with {@link #configure}, read what each address received with {@link #to}.
 */
public final class TestMailServer {

    private final int port = freePort();
    private final GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));

    public void start() {
        smtp.start();
    }

    public void stop() {
        smtp.stop();
    }

    /** Legible's mail settings for this server: plain SMTP on loopback, from legible@legible.example. */
    public void configure(DynamicPropertyRegistry properties) {
        properties.add("legible.mail.host", () -> "127.0.0.1");
        properties.add("legible.mail.port", () -> port);
        properties.add("legible.mail.starttls", () -> "false");
        properties.add("legible.mail.from", () -> "legible@legible.example");
    }

    /** The messages this address has received so far, oldest first. */
    public List<MimeMessage> to(String email) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getRecipients(Message.RecipientType.TO)[0]
                                .toString()
                                .equals(email);
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
