package org.roleatlas.comments.internal;

import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.roleatlas.accounts.Member;
import org.roleatlas.comments.CommentRow;
import org.roleatlas.posts.Authors;
import org.roleatlas.system.InvalidFieldsException;
import org.roleatlas.posts.PostKind;
import org.roleatlas.posts.Viewer;
import org.roleatlas.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Comment forms (plain forms with the session's CSRF token) and the "Read more comments" page. The page works as a
 * plain link; with htmx (HX-Request) only the next comments and the next link are sent, to be appended in place.
 */
@Controller
class CommentPageController {

    private final CommentService comments;
    private final CommentReads reads;
    private final Authors authors;

    CommentPageController(CommentService comments, CommentReads reads, Authors authors) {
        this.comments = comments;
        this.reads = reads;
        this.authors = authors;
    }

    @GetMapping("/questions/{id}/comments")
    ModelAndView more(@PathVariable long id, @RequestParam String on, @RequestParam long post,
                      @RequestParam(defaultValue = "0") long after,
                      @RequestHeader(name = "HX-Request", required = false) String htmx, Principal principal,
                      CsrfToken csrf, HttpServletResponse response) {
        Optional<Member> viewer = authors.viewer(principal);
        if (comments.questionOf(PostKind.commented(on), post, Viewer.of(viewer)) != id) { // the post is on another question
            throw new NotFoundException("Question " + id + " has no " + on + " " + post + ".");
        }
        return morePage(reads.page(PostKind.commented(on), post, after, Viewer.of(viewer), authors.signer()), viewer, htmx,
                csrf, response);
    }

    /** "Read more comments" on another module's content (comments.CommentTargets). */
    @GetMapping("/comments/on/{kind}/{id}")
    ModelAndView moreOnTarget(@PathVariable String kind, @PathVariable long id,
                              @RequestParam(defaultValue = "0") long after,
                              @RequestHeader(name = "HX-Request", required = false) String htmx, Principal principal,
                              CsrfToken csrf, HttpServletResponse response) {
        Optional<Member> viewer = authors.viewer(principal);
        return morePage(reads.targetPage(kind, id, after, CommentReads.PAGE_SIZE, Viewer.of(viewer), authors.signer()),
                viewer, htmx, csrf, response);
    }

    @PostMapping("/comments/on/{kind}/{id}")
    ModelAndView commentOnTarget(@PathVariable String kind, @PathVariable long id, Principal principal,
                                 @RequestParam(defaultValue = "") String body,
                                 @RequestParam(defaultValue = "false") boolean anonymous, CsrfToken csrf,
                                 HttpServletResponse response) {
        comments.target(kind); // an unknown kind is a 404 before anything else
        return add(kind, id, "/comments/on/" + kind + "/" + id, principal, body, anonymous, csrf, response);
    }

    private ModelAndView morePage(CommentPage page, Optional<Member> viewer, String htmx, CsrfToken csrf,
                                  HttpServletResponse response) {
        response.addHeader("Vary", "HX-Request"); // the same address answers a fragment to htmx: cache them apart
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        if (viewer.isPresent()) {
            response.setHeader("Cache-Control", "no-store");
            model.put("csrf", csrf);
        }
        model.put("thread", page.thread());
        model.put("moderator", Viewer.of(viewer).moderator());
        return new ModelAndView(htmx != null ? "comments/comment-items" : "comments/comments", model);
    }

    @PostMapping("/questions/{id}/comments")
    ModelAndView commentOnQuestion(@PathVariable long id, Principal principal,
                                   @RequestParam(defaultValue = "") String body,
                                   @RequestParam(defaultValue = "false") boolean anonymous, CsrfToken csrf,
                                   HttpServletResponse response) {
        return add("question", id, "/questions/" + id + "/comments", principal, body, anonymous, csrf, response);
    }

    @PostMapping("/answers/{id}/comments")
    ModelAndView commentOnAnswer(@PathVariable long id, Principal principal,
                                 @RequestParam(defaultValue = "") String body,
                                 @RequestParam(defaultValue = "false") boolean anonymous, CsrfToken csrf,
                                 HttpServletResponse response) {
        return add("answer", id, "/answers/" + id + "/comments", principal, body, anonymous, csrf, response);
    }

    @GetMapping("/comments/{id}/edit")
    ModelAndView editForm(@PathVariable long id, Principal principal, CsrfToken csrf, HttpServletResponse response) {
        CommentRow comment = comments.own(authors.writer(principal), id);
        return form("/comments/" + id + "/edit", false, comment.bodyMarkdown(), Map.of(), csrf, HttpStatus.OK,
                response);
    }

    @PostMapping("/comments/{id}/edit")
    ModelAndView edit(@PathVariable long id, Principal principal, @RequestParam(defaultValue = "") String body,
                      CsrfToken csrf, HttpServletResponse response) {
        try {
            return back(comments.edit(authors.writer(principal), id, body));
        } catch (InvalidFieldsException e) {
            return form("/comments/" + id + "/edit", false, body, e.errors(), csrf, HttpStatus.BAD_REQUEST, response);
        }
    }

    @PostMapping("/comments/{id}/delete")
    ModelAndView delete(@PathVariable long id, Principal principal) {
        CommentService.Written deleted = comments.delete(authors.writer(principal), id);
        return new ModelAndView("redirect:" + deleted.page());
    }

    private ModelAndView add(String on, long postId, String action, Principal principal, String body,
                             boolean anonymous, CsrfToken csrf, HttpServletResponse response) {
        Member author = authors.writer(principal);
        try {
            return back(comments.add(author, on, postId, body, anonymous));
        } catch (InvalidFieldsException e) { // the page has one form per post: the draft comes back alone
            return form(action, true, body, e.errors(), csrf, HttpStatus.BAD_REQUEST, response);
        }
    }

    private static ModelAndView back(CommentService.Written written) {
        return new ModelAndView("redirect:" + written.page() + "#comment-" + written.commentId());
    }

    private static ModelAndView form(String action, boolean isNew, String body, Map<String, String> errors,
                                     CsrfToken csrf, HttpStatus status, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        Map<String, Object> model = new HashMap<>();
        model.put("action", action);
        model.put("isNew", isNew);
        model.put("body", body);
        model.put("errors", errors);
        model.put("csrf", csrf);
        return new ModelAndView("comments/comment-form", model, status);
    }
}
