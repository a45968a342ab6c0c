package org.roleatlas.accounts.internal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The password rules of NIST SP 800-63B as docs/SECURITY.md states them. */
class PasswordPolicyTest {

    @Test
    void refusesTheGuessesAnAttackerTriesFirst() {
        assertThat(PasswordPolicy.problem("aaaaaaaaaa", "ada", "Ada")).contains("easy to guess");
        assertThat(PasswordPolicy.problem("abcabcabcabc", "ada", "Ada")).contains("easy to guess");
        assertThat(PasswordPolicy.problem("1234567890", "ada", "Ada")).contains("easy to guess");
        assertThat(PasswordPolicy.problem("qwertyuiop", "ada", "Ada")).isNotNull();
        assertThat(PasswordPolicy.problem("Password2024!", "ada", "Ada")).contains("attackers try first");
        assertThat(PasswordPolicy.problem("!!Welcome123", "ada", "Ada")).contains("attackers try first");
        assertThat(PasswordPolicy.problem("lovelace99xy", "lovelace", "Ada")).contains("username");
        assertThat(PasswordPolicy.problem("my name is Ada Lovelace", "ada99", "Ada Lovelace")).contains("display name");
        assertThat(PasswordPolicy.problem("short", "ada", "Ada")).contains("at least 10");
        assertThat(PasswordPolicy.problem("é".repeat(40), "ada", "Ada")).contains("at most 72 bytes");
    }

    @Test
    void acceptsAPhraseOfOnesOwnWithoutCompositionRules() {
        assertThat(PasswordPolicy.problem("correct horse battery", "ada", "Ada")).isNull();
        assertThat(PasswordPolicy.problem("tea at four, then rowing", "grace", "Grace Hopper")).isNull();
        assertThat(PasswordPolicy.problem("zebra lantern quietly", "bob", null)).isNull();
    }

    @Property
    void aPasswordThatContainsTheUsernameIsRefused(@ForAll @AlphaChars @StringLength(min = 3, max = 12) String username,
                                                   @ForAll("fillers") String before, @ForAll("fillers") String after) {
        assertThat(PasswordPolicy.problem(before + username + after + "xyz1234567", username, null)).isNotNull();
    }

    @Property
    void oneCharacterRepeatedIsNeverAccepted(@ForAll char c, @ForAll @net.jqwik.api.constraints.IntRange(min = 10,
            max = 60) int times) {
        assertThat(PasswordPolicy.problem(String.valueOf(c).repeat(times), "someone", "Someone")).isNotNull();
    }

    @Provide
    Arbitrary<String> fillers() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(6);
    }
}
