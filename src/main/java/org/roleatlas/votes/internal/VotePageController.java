package org.roleatlas.votes.internal;

import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.SignedIn;
import org.roleatlas.posts.PostKind;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The Upvote and Remove upvote buttons: plain forms with the session's CSRF token, so they work without
 * JavaScript; each redirects back to the post on its question page.
 */
@Controller
record VotePageController(VoteService votes) {

    @PostMapping("/{kind:questions|answers}/{id}/upvote")
    String upvote(@PathVariable String kind, @PathVariable long id, @SignedIn Member member) {
        PostKind post = PostKind.of(kind);
        return back(votes.upvote(member, post, id), post, id);
    }

    @PostMapping("/{kind:questions|answers}/{id}/upvote/delete")
    String withdraw(@PathVariable String kind, @PathVariable long id, @SignedIn Member member) {
        PostKind post = PostKind.of(kind);
        return back(votes.withdraw(member, post, id), post, id);
    }

    private static String back(VoteService.Tally tally, PostKind kind, long id) {
        return "redirect:/questions/" + tally.questionId() + "#" + kind.table() + "-" + id;
    }
}
