package org.roleatlas.accounts;

import java.time.Instant;
import java.util.Set;

/** A member as other modules see it; never the password hash. Optional profile fields are null when not set. */
public record Member(long id, String username, String displayName, String jobTitle, String roleSlug,
                     Industry industry, CompanySize companySize, boolean active, Set<Authority> authorities,
                     Instant createdAt) {

    public Member {
        authorities = Set.copyOf(authorities);
    }

    /** Whether the member may edit the catalogue and write articles: active, with the editor authority. */
    public boolean isEditor() {
        return active && authorities.contains(Authority.EDITOR);
    }
}
