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
class VotePageController {

    private final VoteService votes;

    VotePageController(VoteService votes) {
        this.votes = votes;
    }

    @PostMapping("/questions/{id}/upvote")
    String upvoteQuestion(@PathVariable long id, @SignedIn Member member) {
        return back(votes.upvote(member, PostKind.QUESTION, id), "question-", id);
    }

    @PostMapping("/questions/{id}/upvote/delete")
    String withdrawQuestionVote(@PathVariable long id, @SignedIn Member member) {
        return back(votes.withdraw(member, PostKind.QUESTION, id), "question-", id);
    }

    @PostMapping("/answers/{id}/upvote")
    String upvoteAnswer(@PathVariable long id, @SignedIn Member member) {
        return back(votes.upvote(member, PostKind.ANSWER, id), "answer-", id);
    }

    @PostMapping("/answers/{id}/upvote/delete")
    String withdrawAnswerVote(@PathVariable long id, @SignedIn Member member) {
        return back(votes.withdraw(member, PostKind.ANSWER, id), "answer-", id);
    }

    private static String back(VoteService.Tally tally, String anchor, long id) {
        return "redirect:/questions/" + tally.questionId() + "#" + anchor + id;
    }
}
