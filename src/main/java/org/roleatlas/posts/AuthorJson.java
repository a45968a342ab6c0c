package org.roleatlas.posts;

import org.roleatlas.accounts.Signature;

/** The signature fields of a post in the API; {@code displayName} is null for an anonymous post. */
public record AuthorJson(String title, String industry, String companySize, boolean anonymous, String displayName) {

    public static AuthorJson of(Signature s) {
        return new AuthorJson(s.title(), s.industry(), s.companySize(), s.isAnonymous(), s.displayName());
    }
}
