package org.roleatlas.accounts.internal.email;


import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.Members;
import org.roleatlas.accounts.internal.signin.PasswordPolicy;
import org.roleatlas.mail.Mail;
import org.roleatlas.mail.Outbox;
import org.roleatlas.system.PublicUrl;
import org.roleatlas.system.ratelimit.RateLimiter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Members' addresses: verification links, password reset links, changing the address or the password. Links carry a
 * random token; only its SHA-256 is stored, and each works once. Mail is queued in the same transaction as the change
 * that asked for it. Requests that send mail are limited per address (the {@code mail} rate-limit policy).
 */
@Service
public class EmailAccounts {

    static final Duration VERIFY_LINK_LIFETIME = Duration.ofDays(7);
    static final Duration RESET_LINK_LIFETIME = Duration.ofHours(1);
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\",;]+@[^@\\s<>\",;]+\\.[^@\\s<>\",;.]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What opening a verification link did. */
    public enum Verification { VERIFIED, EXPIRED, TAKEN }

    private final EmailRepository repository;
    private final Outbox outbox;
    private final Members members;
    private final PasswordEncoder encoder;
    private final RateLimiter limiter;
    private final TransactionTemplate transaction;
    private final PublicUrl links;
    private final Clock clock;

    EmailAccounts(EmailRepository repository, Outbox outbox, Members members, PasswordEncoder encoder,
                  RateLimiter limiter, TransactionTemplate transaction, PublicUrl links, Clock clock) {
        this.repository = repository;
        this.outbox = outbox;
        this.members = members;
        this.encoder = encoder;
        this.limiter = limiter;
        this.transaction = transaction;
        this.links = links;
        this.clock = clock;
    }

    /** @return why the address is refused ("Email: ..."), or null */
    public static String problem(String email) {
        if (email == null || email.isBlank()) {
            return "Email: required, for password reset links (never shown to anyone)";
        }
        String e = email.strip();
        if (e.length() > 254 || !ADDRESS.matcher(e).matches()) {
            return "Email: not an address such as name@example.com";
        }
        return null;
    }

    /** Whether another member uses this address (case-insensitive). */
    public boolean taken(String email, long exceptMember) {
        return repository.taken(email, exceptMember);
    }

    /** The member's own address, for {@code /me}. */
    public EmailStatus status(long memberId) {
        Optional<EmailRepository.Address> address = repository.address(memberId);
        String current = address.map(EmailRepository.Address::email).orElse(null);
        String pending = repository.latestVerification(memberId, clock.instant())
                .filter(e -> current == null || !EmailRepository.key(e).equals(EmailRepository.key(current)))
                .orElse(null);
        return new EmailStatus(current, address.map(a -> a.verifiedAt() != null).orElse(false), pending);
    }

    /**
     * Mails a verification link for {@code email} to that address; joins the caller's transaction (a sign-up that
     * rolls back sends nothing). A newer link replaces older ones.
     */
    public void sendVerification(long memberId, String email) {
        Instant now = clock.instant();
        repository.expireTokens(memberId, "verify", now);
        String token = newToken(memberId, "verify", email, now, VERIFY_LINK_LIFETIME);
        String name = members.find(memberId).map(EmailAccounts::name).orElse("there");
        outbox.queue(Mail.of(email.strip(), "Confirm your email address for RoleAtlas",
                "Hello " + name + ",\n\n"
                        + "please confirm that this address belongs to your RoleAtlas account by opening this link:\n\n"
                        + links.outsideRequests("/verify-email?token=" + token) + "\n\n"
                        + "The link works once, for 7 days. Until then your account works as before; password reset "
                        + "links go to the address you confirmed last.\n\n"
                        + "If you did not create a RoleAtlas account or change its address, you can ignore this "
                        + "message.\n"));
    }

    /** Opens a verification link: the address it was sent to becomes the member's, confirmed. */
    public Verification verify(String token) {
        String hash = hash(token);
        return transaction.execute(status -> {
            Instant now = clock.instant();
            Optional<EmailRepository.Token> row = repository.token(hash).filter(t -> "verify".equals(t.purpose()));
            if (row.isEmpty() || !repository.use(hash, now)) {
                return Verification.EXPIRED;
            }
            EmailRepository.Token t = row.get();
            if (repository.taken(t.email(), t.memberId())) {
                return Verification.TAKEN;
            }
            try {
                repository.setEmail(t.memberId(), t.email(), now);
            } catch (DuplicateKeyException e) {
                status.setRollbackOnly();
                return Verification.TAKEN;
            }
            return Verification.VERIFIED;
        });
    }

    /**
     * Sends the address's account, if there is an active one, a password reset link. Answers nothing: the caller says
     * the same whether or not the address has an account, and a request past the limit for the address is dropped
     * the same way.
     */
    public void requestReset(String email) {
        if (problem(email) != null) {
            return;
        }
        String key = EmailRepository.key(email);
        boolean allowed = limiter.tryAcquire("mail", key).allowed();
        transaction.executeWithoutResult(status -> {
            Optional<Long> member = repository.activeMemberByEmail(key);
            if (!allowed || member.isEmpty()) {
                hash(newSecret()); // about the same work either way
                return;
            }
            Instant now = clock.instant();
            repository.expireTokens(member.get(), "reset", now);
            String token = newToken(member.get(), "reset", email, now, RESET_LINK_LIFETIME);
            String name = members.find(member.get()).map(EmailAccounts::name).orElse("there");
            outbox.queue(Mail.of(email.strip(), "Set a new RoleAtlas password",
                    "Hello " + name + ",\n\n"
                            + "someone, probably you, asked to set a new password for the RoleAtlas account that uses "
                            + "this address. To choose one, open this link within an hour:\n\n"
                            + links.outsideRequests("/reset-password?token=" + token) + "\n\n"
                            + "The link works once. Setting a new password signs the account out everywhere else.\n\n"
                            + "If you did not ask for this, ignore this message: your password stays as it is.\n"));
        });
    }

    /** Whether a reset link can still be used (for showing its form). */
    public boolean resetUsable(String token) {
        return repository.token(hash(token)).filter(t -> "reset".equals(t.purpose()) && t.usedAt() == null
                && t.expiresAt().isAfter(clock.instant())).isPresent();
    }

    /**
     * Sets a new password through a reset link: the link is used up, the address counts as confirmed (the member
     * received mail there), and every session of the member signed in before now ends.
     *
     * @return refused fields (empty: done); {@code token} when the link is used or expired
     */
    public Map<String, String> resetPassword(String token, String password) {
        String hash = hash(token);
        Map<String, String> errors = new LinkedHashMap<>();
        transaction.executeWithoutResult(status -> {
            Instant now = clock.instant();
            Optional<EmailRepository.Token> row = repository.token(hash)
                    .filter(t -> "reset".equals(t.purpose()) && t.usedAt() == null && t.expiresAt().isAfter(now));
            Optional<Member> member = row.flatMap(t -> members.find(t.memberId())).filter(Member::active);
            if (member.isEmpty()) {
                errors.put("token", "This link has expired or was used already; ask for a new one.");
                return;
            }
            String problem = PasswordPolicy.problem(password, member.get().username(), member.get().displayName());
            if (problem != null) {
                errors.put("password", "Password: " + problem);
                return;
            }
            if (!repository.use(hash, now)) {
                errors.put("token", "This link has expired or was used already; ask for a new one.");
                return;
            }
            repository.setPassword(member.get().id(), encoder.encode(password), now);
            repository.expireTokens(member.get().id(), "reset", now);
            repository.address(member.get().id())
                    .filter(a -> a.verifiedAt() == null
                            && EmailRepository.key(a.email()).equals(EmailRepository.key(row.get().email())))
                    .ifPresent(a -> repository.setEmail(member.get().id(), a.email(), now));
        });
        return errors;
    }

    /**
     * Changes the password of a signed-in member who knows the current one. Other sessions end.
     *
     * @return refused fields (empty: done)
     */
    public Map<String, String> changePassword(Member member, String current, String password, Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!currentPasswordMatches(member.id(), current)) {
            errors.put("currentPassword", "Current password: does not match");
            return errors;
        }
        String problem = PasswordPolicy.problem(password, member.username(), member.displayName());
        if (problem != null) {
            errors.put("newPassword", "New password: " + problem);
            return errors;
        }
        repository.setPassword(member.id(), encoder.encode(password), now);
        return errors;
    }

    /**
     * Starts moving a signed-in member to a new address: a link goes to the new address, and the old one stays in use
     * until that link is opened.
     *
     * @return refused fields (empty: the link was sent)
     */
    public Map<String, String> changeEmail(Member member, String current, String email) {
        Map<String, String> errors = new LinkedHashMap<>();
        String problem = problem(email);
        if (problem != null) {
            errors.put("email", problem);
        } else if (!currentPasswordMatches(member.id(), current)) {
            errors.put("emailPassword", "Current password: does not match");
        } else if (repository.taken(email, member.id())) {
            errors.put("email", "Email: already used by another account");
        } else if (!limiter.tryAcquire("mail", EmailRepository.key(email)).allowed()) {
            errors.put("email", "Email: too many messages to this address lately; try again later");
        } else {
            transaction.executeWithoutResult(status -> sendVerification(member.id(), email));
        }
        return errors;
    }

    /**
     * Sends the verification link again: to the new address waiting for confirmation, else to the unconfirmed current
     * one. @return false when there is nothing to confirm or the address had too many messages lately
     */
    public boolean resend(long memberId) {
        EmailStatus status = status(memberId);
        String to = status.pending() != null ? status.pending() : status.verified() ? null : status.email();
        if (to == null || !limiter.tryAcquire("mail", EmailRepository.key(to)).allowed()) {
            return false;
        }
        transaction.executeWithoutResult(s -> sendVerification(memberId, to));
        return true;
    }

    /** When the member's sessions must have been signed in after, if ever set. */
    Optional<Instant> sessionsValidAfter(long memberId) {
        return repository.sessionsValidAfter(memberId);
    }

    private boolean currentPasswordMatches(long memberId, String password) {
        return password != null && !password.isEmpty() && repository.passwordHash(memberId)
                .map(h -> encoder.matches(password, h)).orElse(false);
    }

    private String newToken(long memberId, String purpose, String email, Instant now, Duration lifetime) {
        String token = newSecret();
        repository.insertToken(hash(token), memberId, purpose, email, now, now.plus(lifetime));
        return token;
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((token == null ? "" : token).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String name(Member member) {
        return member.displayName() != null ? member.displayName() : member.username();
    }
}
