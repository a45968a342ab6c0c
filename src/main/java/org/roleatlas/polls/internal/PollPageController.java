package org.roleatlas.polls.internal;

import java.security.Principal;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.roleatlas.accounts.Member;
import org.roleatlas.posts.Authors;
import org.roleatlas.posts.Viewer;
import org.springframework.security.web.csrf.CsrfToken;
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
class PollPageController {

    private final PollService polls;
    private final PollReads views;
    private final Authors authors;

    PollPageController(PollService polls, PollReads views, Authors authors) {
        this.polls = polls;
        this.views = views;
        this.authors = authors;
    }

    @PostMapping("/polls/{id}/votes")
    ModelAndView vote(@PathVariable long id, @RequestParam(required = false) Integer option,
                      @RequestHeader(name = "HX-Request", required = false) String htmx, Principal principal,
                      CsrfToken csrf, HttpServletResponse response) {
        Member voter = authors.writer(principal);
        PollRow poll = polls.vote(voter, id, option);
        if (htmx == null) {
            return new ModelAndView("redirect:/questions/" + poll.questionId() + "#poll-" + id);
        }
        response.setHeader("Cache-Control", "no-store");
        return new ModelAndView("polls/poll", Map.of("poll", views.poll(id, Viewer.of(voter)), "csrf", csrf));
    }
}
