package org.roleatlas.accounts;

import java.security.Principal;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Members as the rest of the application reads them. */
public interface Members {

    Optional<Member> find(long id);

    /**
     * The members with these ids, in one query, keyed by id; ids of no member are simply absent. For pages that
     * sign many posts at once.
     */
    Map<Long, Member> findAll(Collection<Long> ids);

    /** The member's email address once they confirmed it through the mailed link; empty before, or without one. */
    Optional<String> verifiedEmail(long memberId);

    /** Usernames are case-insensitive. */
    Optional<Member> findByUsername(String username);

    /**
     * The signed-in, active member, if any. Read fresh: a member suspended (or stripped of an authority) while signed
     * in loses it at once. Controllers take it as a {@link SignedIn} parameter instead.
     */
    default Optional<Member> signedIn(Principal principal) {
        return principal == null ? Optional.empty() : findByUsername(principal.getName()).filter(Member::active);
    }

    /**
     * How the member signs a post: the job title (or, if blank, the title of the linked catalogue role),
     * industry and company size labels, and the display name (or username).
     */
    Signature signature(Member member);

    /**
     * How the member signs an anonymous post: coarse enough not to match their named posts — the family of their
     * linked catalogue role instead of their free-text title, their industry, and a wide company-size band
     * ({@link CompanySize#anonymousBand()}); never the name. "Engineering leadership in Manufacturing, 5,001+
     * employees".
     */
    Signature anonymousSignature(Member member);

    /**
     * Since when the member's industry, company size and linked role have been as they are: when the member joined,
     * or last changed one of them. Polls group a ballot by these traits only if they were settled when the poll
     * opened (docs/decisions/0019-poll-privacy.md).
     */
    Instant traitsSettledAt(Member member);

    /**
     * Suspends a member or lifts the suspension. A suspended member cannot sign in, and every write path reads the
     * member fresh, so they can no longer post, vote, flag or use their tokens, even in a session already open.
     *
     * @return whether the status changed (false if it already was so, or there is no such member)
     */
    boolean setSuspended(long memberId, boolean suspended);
}
