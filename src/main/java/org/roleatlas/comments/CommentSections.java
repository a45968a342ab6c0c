package org.roleatlas.comments;

import java.util.Optional;

import org.roleatlas.accounts.Member;
import org.springframework.security.web.csrf.CsrfToken;

/** The comment section of a {@link CommentTargets} content, as HTML for its page. */
public interface CommentSections {

    /**
     * The first comments (signed, member text sanitised), "Read more comments", and a comment form when someone is
     * signed in.
     *
     * @param viewer the signed-in, active member ({@link org.roleatlas.accounts.SignedIn}), if any
     * @param csrf the session's token when a member is signed in (the form needs it); null for anonymous readers
     */
    String html(String kind, long id, Optional<Member> viewer, CsrfToken csrf);
}
