package org.roleatlas.comments;

import java.security.Principal;

import org.springframework.security.web.csrf.CsrfToken;

/** The comment section of a {@link CommentTargets} content, as HTML for its page. */
public interface CommentSections {

    /**
     * The first comments (signed, member text sanitised), "Read more comments", and a comment form when someone is
     * signed in.
     *
     * @param csrf the session's token when a member is signed in (the form needs it); null for anonymous readers
     */
    String html(String kind, long id, Principal principal, CsrfToken csrf);
}
