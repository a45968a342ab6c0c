package org.roleatlas.accounts;

import java.util.Optional;

/** Members as the rest of the application reads them. */
public interface Members {

    Optional<Member> find(long id);

    /** Usernames are case-insensitive. */
    Optional<Member> findByUsername(String username);

    /**
     * How the member signs a post: the job title (or, if blank, the title of the linked catalogue role),
     * industry and company size labels, and the display name (or username).
     */
    Signature signature(Member member);
}
