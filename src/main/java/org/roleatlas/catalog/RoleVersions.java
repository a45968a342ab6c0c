package org.roleatlas.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

/**
 * Which version of a role someone read: a hash over everything a role says (names, family, summary, level, every
 * value and variant, every link), the same on every node and every start. The API sends it as the {@code ETag} of a role, and editors'
 * forms carry it, so that a save based on an older version is refused instead of overwriting a newer one.
 */
public final class RoleVersions {

    private RoleVersions() {
    }

    /** The role's version tag: 20 hex digits of SHA-256 over its content in a fixed order. */
    public static String of(Role role) {
        StringBuilder text = new StringBuilder();
        field(text, role.slug());
        field(text, role.title());
        field(text, role.abbreviation());
        list(text, role.aliases());
        field(text, role.familyKey());
        field(text, role.summary());
        new TreeMap<>(role.values()).forEach((key, value) -> {
            field(text, key);
            field(text, value);
        });
        text.append('\u0001');
        list(text, role.reportsTo());
        list(text, role.nextRoles());
        field(text, Integer.toString(role.level()));
        list(text, role.sometimesReportsTo());
        list(text, role.dottedLineTo());
        role.variants().forEach((key, bands) -> new TreeMap<>(bands).forEach((band, value) -> {
            field(text, key);
            field(text, band);
            field(text, value);
        }));
        return HexFormat.of().formatHex(sha256(text.toString())).substring(0, 20);
    }

    /** The HTTP entity tag of a role: its version in quotes. */
    public static String etag(Role role) {
        return "\"" + of(role) + "\"";
    }

    private static void list(StringBuilder text, List<String> items) {
        items.forEach(item -> field(text, item));
        text.append('\u0001');
    }

    private static void field(StringBuilder text, String value) {
        text.append(value == null ? "\u0002" : value).append('\u0000');
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
