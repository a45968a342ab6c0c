package org.roleatlas.accounts;

import java.util.Objects;

/**
 * How a member signs what they write, as in "Chief Information Officer in Manufacturing, 10,001+ employees".
 * Industry and company size are display labels; any part a member has not filled in is left out.
 *
 * @param displayName the member's name, or null when the post is anonymous
 * @param username    the member whose page {@code /members/{username}} the signature links to; null when the post
 *                    is anonymous (an anonymous signature links nowhere)
 */
public record Signature(String title, String industry, String companySize, String displayName, String username) {

    public Signature {
        if (displayName == null) {
            username = null;
        }
    }

    /** A signature that links to no member page. */
    public Signature(String title, String industry, String companySize, String displayName) {
        this(title, industry, companySize, displayName, null);
    }

    /** The member page this signature links to, or null. */
    public String memberUrl() {
        return username == null ? null : "/members/" + username;
    }

    /** A signature that never carries the name, whatever the member's profile says. */
    public static Signature ofAnonymous(String title, String industry, String companySize) {
        return new Signature(title, industry, companySize, null);
    }

    public Signature anonymous() {
        return ofAnonymous(title, industry, companySize);
    }

    public boolean isAnonymous() {
        return displayName == null;
    }

    /** The credential line without the name: "Title in Industry, Size employees". */
    public String text() {
        StringBuilder text = new StringBuilder(Objects.requireNonNullElse(title, "Member"));
        if (industry != null) {
            text.append(" in ").append(industry);
        }
        if (companySize != null) {
            text.append(industry != null ? ", " : " at a company of ").append(companySize).append(" employees");
        }
        return text.toString();
    }
}
