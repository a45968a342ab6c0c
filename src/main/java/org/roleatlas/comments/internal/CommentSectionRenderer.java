package org.roleatlas.comments.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.roleatlas.accounts.Member;
import org.roleatlas.comments.CommentSections;
import org.roleatlas.comments.CommentThread;
import org.roleatlas.posts.Authors;
import org.roleatlas.posts.Viewer;
import org.roleatlas.system.PageRenderer;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/** The comment section other modules put on their pages: the same thread template as under an answer. */
@Component
record CommentSectionRenderer(CommentReads reads, Authors authors, PageRenderer pages) implements CommentSections {

    @Override
    public String html(String kind, long id, Optional<Member> member, CsrfToken csrf) {
        Viewer viewer = Viewer.of(member);
        CommentThread thread = reads.targetPage(kind, id, 0, CommentReads.FIRST, viewer, authors.signer()).thread();
        Map<String, Object> params = new HashMap<>();
        params.put("base", "/comments/on/" + kind + "/" + id);
        params.put("action", "/comments/on/" + kind + "/" + id);
        params.put("thread", thread);
        params.put("csrf", viewer.memberId() == null ? null : csrf);
        params.put("moderator", viewer.moderator());
        return new String(pages.render("comments/thread", params), StandardCharsets.UTF_8);
    }
}
