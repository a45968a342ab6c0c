package org.roleatlas.mail.internal;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.roleatlas.mail.Mail;
import org.springframework.mail.javamail.JavaMailSender;

/** Where a message goes: the SMTP server of {@code spring.mail.*}, or an {@code .eml} file in the outbox folder. */
interface MailTransport {

    /** @throws Exception when the message was not taken; the queue tries again later */
    void send(long id, Mail mail) throws Exception;

    /** Where mail goes, for the log. */
    String describe();

    /** A plain-text UTF-8 message; one-click unsubscribe headers (RFC 8058) when the mail has an unsubscribe link. */
    static MimeMessage message(MimeMessage message, String from, long id, Mail mail, Instant now) throws Exception {
        message.setFrom(new InternetAddress(from, true));
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.text(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(now));
        message.setHeader("X-RoleAtlas-Mail", Long.toString(id));
        if (mail.unsubscribeUrl() != null) {
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.saveChanges();
        return message;
    }

    /** Through Spring Boot's mail sender ({@code spring.mail.host} and the rest). */
    record Smtp(JavaMailSender sender, String from, String where, java.time.Clock clock) implements MailTransport {

        @Override
        public void send(long id, Mail mail) throws Exception {
            sender.send(message(sender.createMimeMessage(), from, id, mail, clock.instant()));
        }

        @Override
        public String describe() {
            return "the SMTP server at " + where;
        }
    }

    /** One {@code .eml} file per message (any mail program opens them), written whole or not at all. */
    record Folder(Path folder, String from, java.time.Clock clock) implements MailTransport {

        @Override
        public void send(long id, Mail mail) throws Exception {
            Files.createDirectories(folder);
            MimeMessage message = message(new MimeMessage(Session.getInstance(new Properties())), from, id, mail,
                    clock.instant());
            Path file = folder.resolve("mail-" + id + ".eml");
            Path partial = folder.resolve("mail-" + id + ".eml.part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                message.writeTo(out);
            }
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }

        @Override
        public String describe() {
            return "files in " + folder;
        }
    }
}
