package org.legible.system.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends e-mail (reminders, sign-up codes) through the SMTP server the host configured (LEGIBLE_MAIL_*; README).
 * Without one there is no e-mail channel. Every wait is limited, so a server that does not answer cannot hold up the
 * other reminders or a page. Messages never carry health data (docs/architecture.md, "Reminders").
 */
@Component
public class Mail {

    private static final String TIMEOUT_MILLIS = "10000";

    private final JavaMailSenderImpl mail;
    private final String from;

    public Mail(
            @Value("${legible.mail.host:}") String host,
            @Value("${legible.mail.port:587}") int port,
            @Value("${legible.mail.username:}") String username,
            @Value("${legible.mail.password:}") String password,
            @Value("${legible.mail.from:}") String from,
            @Value("${legible.mail.starttls:true}") boolean starttls) {
        this.from = from;
        if (host.isBlank()) {
            this.mail = null;
            return;
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(host);
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        Properties properties = sender.getJavaMailProperties();
        if (!username.isBlank()) {
            sender.setUsername(username);
            sender.setPassword(password);
            properties.put("mail.smtp.auth", "true");
        }
        properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        properties.put("mail.smtp.starttls.required", String.valueOf(starttls));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        this.mail = sender;
    }

    public boolean available() {
        return mail != null;
    }

    /**
     * True when the SMTP server took the message; false when it refused or could not be reached (try later). With an
     * {@code unsubscribe} address (reminders), the message says where to stop such mail.
     */
    public boolean send(String to, String subject, String text, String unsubscribe) {
        if (mail == null) {
            return false;
        }
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(from.isBlank() ? "legible@" + mail.getHost() : from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text, false);
            if (unsubscribe != null) {
                message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
            }
            message.setHeader("Auto-Submitted", "auto-generated");
            mail.send(message);
            return true;
        } catch (MailException | MessagingException e) {
            return false;
        }
    }
}
