package org.roleatlas.accounts.internal.signin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which passwords are refused, after NIST SP 800-63B: long enough (10 characters) and no composition rules, but
 * not a password that guessing lists try first, not a trivial one (one character repeated, a run of the alphabet,
 * the keyboard or digits, a short piece repeated), and not one built from the account's own username or display
 * name. The list of common passwords ({@code accounts/common-passwords.txt}) is matched after lower-casing and
 * stripping the digits and symbols people add at either end ({@code Password2024!} is {@code password}).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** bcrypt reads only the first 72 bytes, and Spring Security refuses longer input rather than truncate it. */
    static final int MAX_BYTES = 72;

    private static final String[] RUNS = {"abcdefghijklmnopqrstuvwxyz", "01234567890", "qwertyuiop", "asdfghjkl",
        "zxcvbnm", "1qaz2wsx3edc4rfv", "qazwsxedcrfv"};
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** @return why the password is refused, or null when it is acceptable */
    public static String problem(String password, String username, String displayName) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "at least " + MIN_LENGTH + " characters";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "at most " + MAX_BYTES + " bytes (about 70 letters)";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || COMMON.contains(core(lower))) {
            return "this is one of the passwords attackers try first; choose a phrase of your own";
        }
        if (trivial(lower)) {
            return "too easy to guess (a repeated or sequential pattern); choose a phrase of your own";
        }
        if (contains(lower, username) || contains(lower, displayName) || lower.contains("roleatlas")) {
            return "must not contain your username, your display name or the site's name";
        }
        return null;
    }

    /** The password without the digits and symbols added at its ends. */
    static String core(String lower) {
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetter(lower.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        return lower.substring(start, end);
    }

    static boolean trivial(String lower) {
        if (lower.codePoints().distinct().count() < 4) {
            return true;
        }
        for (int unit = 1; unit <= lower.length() / 2; unit++) {
            if (lower.length() % unit == 0 && lower.substring(unit).equals(lower.substring(0, lower.length() - unit))) {
                return true;
            }
        }
        for (String run : RUNS) {
            String reversed = new StringBuilder(run).reverse().toString();
            if (run.contains(lower) || reversed.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String lower, String context) {
        if (context == null || context.isBlank()) {
            return false;
        }
        String word = context.strip().toLowerCase(Locale.ROOT);
        return word.length() >= 3 && lower.contains(word);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/accounts/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("accounts/common-passwords.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
