package org.roleatlas.mail;

/**
 * One plain-text message to one address.
 *
 * @param to             the recipient's address
 * @param subject        one line
 * @param text           the body, plain text
 * @param unsubscribeUrl a signed one-click unsubscribe link (sent as {@code List-Unsubscribe}), or null for mail a
 *                       member cannot opt out of (verification, password reset)
 */
public record Mail(String to, String subject, String text, String unsubscribeUrl) {

    public Mail {
        if (to == null || to.isBlank() || subject == null || text == null) {
            throw new IllegalArgumentException("a mail needs an address, a subject and a text");
        }
    }

    public static Mail of(String to, String subject, String text) {
        return new Mail(to, subject, text, null);
    }
}
