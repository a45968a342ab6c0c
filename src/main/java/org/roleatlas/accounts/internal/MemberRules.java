package org.roleatlas.accounts.internal;

import java.util.Locale;
import java.util.regex.Pattern;

import org.roleatlas.accounts.CompanySize;
import org.roleatlas.accounts.internal.signin.PasswordPolicy;
import org.roleatlas.accounts.Industry;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Role;
import org.roleatlas.catalog.RoleTags;

/** What makes a username, a password and a profile acceptable; shared by the web forms and the command line. */
final class MemberRules {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");

    private MemberRules() {
    }

    static String normalizeUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    static void checkUsername(String username, FieldErrors errors) {
        if (!USERNAME.matcher(normalizeUsername(username)).matches()) {
            errors.reject("username", "Username", "3 to 32 letters, digits, '.', '-' or '_', starting with a letter or digit");
        }
    }

    /** See {@link PasswordPolicy}: long enough, not common or trivial, not made of the username or name. */
    static void checkPassword(String password, String username, String displayName, FieldErrors errors) {
        String problem = PasswordPolicy.problem(password, normalizeUsername(username), displayName);
        if (problem != null) {
            errors.reject("password", "Password", problem);
        }
    }

    /** Checks a submitted profile against the fixed lists and the catalogue; @return it cleaned (blank → null). */
    static Profile profile(String displayName, String jobTitle, String role, String industry, String companySize,
                           CatalogSnapshot catalog, FieldErrors errors) {
        String name = text(displayName, "displayName", "Display name", 80, errors);
        String title = text(jobTitle, "jobTitle", "Job title", 120, errors);
        String named = blankToNull(role);
        String slug = named == null ? null : catalog.resolve(named).map(Role::slug).orElse(null);
        if (named != null && slug == null) {
            errors.reject("role", "Linked role", RoleTags.unknown(named, catalog));
        }
        Industry parsedIndustry = null;
        if (blankToNull(industry) != null) {
            parsedIndustry = Industry.parse(industry).orElse(null);
            if (parsedIndustry == null) {
                errors.reject("industry", "Industry", "choose one of the listed industries");
            }
        }
        CompanySize parsedSize = null;
        if (blankToNull(companySize) != null) {
            parsedSize = CompanySize.parse(companySize).orElse(null);
            if (parsedSize == null) {
                errors.reject("companySize", "Company size", "choose one of the listed bands, e.g. 51-200 or 10001+");
            }
        }
        return new Profile(name, title, slug, parsedIndustry, parsedSize);
    }

    private static String text(String value, String field, String label, int max, FieldErrors errors) {
        String cleaned = blankToNull(value);
        if (cleaned != null && cleaned.length() > max) {
            errors.reject(field, label, "at most " + max + " characters");
        }
        return cleaned;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
