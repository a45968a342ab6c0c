package org.roleatlas.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

import org.roleatlas.system.PublicUrl;

/** A signed unsubscribe link opens for its own member and kind only: any change to either, or to the signature, is refused. */
class UnsubscribeLinkProperties {

    private final UnsubscribeLinks links = new UnsubscribeLinks(
            () -> "a secret of thirty-two bytes!!!!".getBytes(StandardCharsets.US_ASCII),
            new PublicUrl("https://roles.example.com"));

    @Property
    void aLinksOwnSignatureIsAccepted(@ForAll @LongRange(min = 1) long member, @ForAll("kinds") String kind) {
        assertThat(links.valid(member, kind, links.signature(member, kind))).isTrue();
        assertThat(links.url(member, kind)).startsWith("https://roles.example.com/notifications/unsubscribe?member="
                + member + "&kind=" + kind + "&sig=");
    }

    @Property
    void anotherMemberOrKindIsRefused(@ForAll @LongRange(min = 1) long member, @ForAll("kinds") String kind,
                                      @ForAll @LongRange(min = 1) long otherMember, @ForAll("kinds") String otherKind) {
        String signature = links.signature(member, kind);
        if (otherMember != member || !otherKind.equals(kind)) {
            assertThat(links.valid(otherMember, otherKind, signature)).isFalse();
        }
    }

    @Property
    void aTamperedSignatureIsRefused(@ForAll @LongRange(min = 1) long member, @ForAll("kinds") String kind,
                                     @ForAll("positions") int position, @ForAll("replacements") char replacement) {
        String signature = links.signature(member, kind);
        int at = position % signature.length();
        String tampered = signature.substring(0, at) + replacement + signature.substring(at + 1);
        if (!tampered.equals(signature)) {
            assertThat(links.valid(member, kind, tampered)).isFalse();
        }
        assertThat(links.valid(member, kind, signature.substring(0, at))).isFalse();
        assertThat(links.valid(member, kind, null)).isFalse();
    }

    @Property
    void anotherSecretSignsDifferently(@ForAll @LongRange(min = 1) long member, @ForAll("kinds") String kind) {
        UnsubscribeLinks other = new UnsubscribeLinks(
                () -> "another secret of 32 bytes......".getBytes(StandardCharsets.US_ASCII), new PublicUrl(""));
        assertThat(other.valid(member, kind, links.signature(member, kind))).isFalse();
    }

    @Provide
    Arbitrary<String> kinds() {
        return Arbitraries.of("answer", "comment", "mention", "following", "moderation", "flag", "all");
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 100);
    }

    @Provide
    Arbitrary<Character> replacements() {
        return Arbitraries.chars().with("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
    }
}
