package org.roleatlas.accounts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Creates many members at once for generated sample communities, without the sign-up path's per-member password
 * hashing. Such members cannot sign in: they all get the hash of one random secret that is never shown.
 */
public interface MemberBulkLoad {

    /** A member to create with the {@code member} authority; the caller has checked the profile already. */
    record BulkMember(String username, String displayName, String jobTitle, String roleSlug, Industry industry,
                      CompanySize companySize, Instant createdAt) {
    }

    /**
     * Inserts all the members in one transaction (all or none) with JDBC batches.
     *
     * @return the new members' ids, in the order given
     * @throws IllegalArgumentException if a username or a linked role is not acceptable
     */
    List<Long> insert(List<BulkMember> members);

    /** Which of the usernames (case-insensitive) already belong to a member. */
    List<String> taken(Collection<String> usernames);
}
