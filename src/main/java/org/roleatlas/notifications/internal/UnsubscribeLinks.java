package org.roleatlas.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.roleatlas.system.PublicUrl;
import org.roleatlas.system.cluster.ClusterSecrets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Signed one-click unsubscribe links: {@code /notifications/unsubscribe?member=12&kind=answer&sig=...}, where
 * {@code sig} is an HMAC-SHA256 over the member id and the kind ({@code all} for the digest) under a key every node
 * shares ({@link ClusterSecrets}). Whoever holds the link may turn that mail off, and nothing else.
 */
@Component
class UnsubscribeLinks {

    static final String ALL = "all";

    private final Supplier<byte[]> secret;
    private final PublicUrl publicUrl;

    @Autowired
    UnsubscribeLinks(SettingsRepository settings, ClusterSecrets secrets, PublicUrl publicUrl) {
        this(new Supplier<>() {
            private volatile byte[] secret;

            @Override
            public byte[] get() { // read (or made) once; it never changes
                byte[] known = secret;
                if (known == null) {
                    known = secretOf(settings, secrets);
                    secret = known;
                }
                return known;
            }
        }, publicUrl);
    }

    UnsubscribeLinks(Supplier<byte[]> secret, PublicUrl publicUrl) {
        this.secret = secret;
        this.publicUrl = publicUrl;
    }

    /** The absolute link when a public address is set ({@code roleatlas.public-url}), else relative. */
    String url(long memberId, String kind) {
        return publicUrl.link(path(memberId, kind));
    }

    String path(long memberId, String kind) {
        return "/notifications/unsubscribe?member=" + memberId + "&kind=" + kind + "&sig=" + signature(memberId, kind);
    }

    String signature(long memberId, String kind) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.get(), "HmacSHA256"));
            byte[] sig = mac.doFinal((memberId + ":" + kind).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** In constant time. */
    boolean valid(long memberId, String kind, String signature) {
        if (signature == null || kind == null) {
            return false;
        }
        return MessageDigest.isEqual(signature(memberId, kind).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The key kept in {@code cluster_secret} with every other key the nodes share; a database whose links were
     * signed before that (with the key in {@code notification_secret}) keeps that key, so links in mail already
     * sent stay valid.
     */
    private static byte[] secretOf(SettingsRepository settings, ClusterSecrets secrets) {
        return settings.secret().map(Base64.getDecoder()::decode).orElseGet(() -> secrets.key("unsubscribe-links"));
    }
}
