package org.roleatlas.members.internal;

import java.time.Instant;

import org.roleatlas.accounts.Signature;
import org.roleatlas.questions.AuthoredPosts;

/**
 * What a member page shows: never the email, the username's owner's private settings or anything but the public
 * signature. Public only because the precompiled templates live in another package.
 *
 * @param pageUrl the page without {@code ?page=} (pagination links add it)
 */
public record MemberPage(String username, Signature signature, Instant memberSince, AuthoredPosts.Counts counts,
                         AuthoredPosts.Page posts, String pageUrl) {

    public String memberSinceText() {
        return memberSince.toString().substring(0, 10);
    }

    public String previousUrl() {
        return posts.number() <= 1 ? null : posts.number() == 2 ? pageUrl : pageUrl + "?page=" + (posts.number() - 1);
    }

    public String nextUrl() {
        return posts.hasNext() ? pageUrl + "?page=" + (posts.number() + 1) : null;
    }
}
