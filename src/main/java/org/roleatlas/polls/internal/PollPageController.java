package org.roleatlas.polls.internal;

import java.util.Map;

import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.SignedIn;
import org.roleatlas.posts.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The poll's Vote button: a plain form with the session's CSRF token that redirects back to the poll on its
 * question page; with htmx (HX-Request) the answer is the poll block alone, swapped in place.
 */
@Controller
record PollPageController(PollService polls, PollReads views) {

    @PostMapping("/polls/{id}/votes")
    ModelAndView vote(@PathVariable long id, @RequestParam(required = false) Integer option,
                      @RequestHeader(name = "HX-Request", required = false) String htmx, @SignedIn Member voter) {
        PollRow poll = polls.vote(voter, id, option);
        if (htmx == null) {
            return new ModelAndView("redirect:/questions/" + poll.questionId() + "#poll-" + id);
        }
        return new ModelAndView("polls/poll", Map.of("poll", views.poll(id, Viewer.of(voter))));
    }
}
