package org.roleatlas.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Personal access tokens: {@code ra_} and 32 random bytes in base64url. Only the SHA-256 is stored (a token has
 * 256 bits of entropy, so a fast hash is enough, unlike passwords); the plain token is shown once.
 */
@Service
class AccessTokens {

    static final String PREFIX = "ra_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TokenRepository tokens;
    private final Clock clock;

    AccessTokens(TokenRepository tokens, Clock clock) {
        this.clock = clock;
        this.tokens = tokens;
    }

    /** @return the plain token, which is not stored anywhere */
    String create(long memberId, String name) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.insert(memberId, name, hash(token), token.substring(0, 8));
        return token;
    }

    List<TokenRepository.TokenView> list(long memberId) {
        return tokens.active(memberId);
    }

    boolean revoke(long memberId, long tokenId) {
        return tokens.revoke(memberId, tokenId);
    }

    /** @return the member the token belongs to, if it is known, unrevoked and its member active */
    Optional<Long> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findUsable(hash(token)).map(owner -> {
            Instant now = clock.instant();
            if (owner.lastUsedAt() == null || owner.lastUsedAt().isBefore(now.minusSeconds(60))) {
                tokens.markUsed(owner.tokenId(), now);
            }
            return owner.memberId();
        });
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
