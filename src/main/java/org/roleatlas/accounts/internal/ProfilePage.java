package org.roleatlas.accounts.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.roleatlas.accounts.CompanySize;
import org.roleatlas.accounts.Industry;
import org.roleatlas.accounts.internal.email.EmailStatus;
import org.roleatlas.catalog.Role;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What the profile page shows. Public only because the precompiled templates live in another package.
 *
 * @param form     the values in the form: what was submitted, or what is stored
 * @param newToken a token just created, shown this once; else null
 * @param email    the member's own address and whether it is confirmed
 * @param accountErrors refused fields of the email and password forms
 */
public record ProfilePage(String username, ProfileForm form, Map<String, String> errors, String signature,
                          List<Role> roles, List<TokenRow> tokens, String newToken, String notice, CsrfToken csrf,
                          EmailStatus email, Map<String, String> accountErrors) {

    public List<Industry> industries() {
        return List.of(Industry.values());
    }

    public List<CompanySize> sizes() {
        return List.of(CompanySize.values());
    }

    /** A token in the list: name, its first characters and dates, never the token. */
    public record TokenRow(long id, String name, String prefix, Instant created, Instant lastUsed) {

        public String createdText() {
            return created.toString().substring(0, 16).replace('T', ' ') + " UTC";
        }

        public String lastUsedText() {
            return lastUsed == null ? "never" : lastUsed.toString().substring(0, 16).replace('T', ' ') + " UTC";
        }
    }
}
