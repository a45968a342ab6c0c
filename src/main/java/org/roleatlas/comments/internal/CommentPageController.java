package org.roleatlas.comments.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.SignedIn;
import org.roleatlas.comments.CommentRow;
import org.roleatlas.posts.Authors;
import org.roleatlas.system.errors.InvalidFieldsException;
import org.roleatlas.posts.PostKind;
import org.roleatlas.posts.Viewer;
import org.roleatlas.system.errors.NotFoundException;
import org.springframework.http.HttpStatus;
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
record CommentPageController(CommentService comments, CommentReads reads, Authors authors) {

    @GetMapping("/questions/{id}/comments")
    ModelAndView more(@PathVariable long id, @RequestParam String on, @RequestParam long post,
                      @RequestParam(defaultValue = "0") long after,
                      @RequestHeader(name = "HX-Request", required = false) String htmx,
                      @SignedIn Optional<Member> viewer, HttpServletResponse response) {
        // the post is on another question
        if (comments.questionOf(PostKind.commented(on), post, Viewer.of(viewer)) != id) {
            throw new NotFoundException("Question " + id + " has no " + on + " " + post + ".");
        }
        return morePage(reads.page(PostKind.commented(on), post, after, Viewer.of(viewer), authors.signer()), viewer,
                htmx, response);
    }

    /** "Read more comments" on another module's content (comments.CommentTargets). */
    @GetMapping("/comments/on/{kind}/{id}")
    ModelAndView moreOnTarget(@PathVariable String kind, @PathVariable long id,
                              @RequestParam(defaultValue = "0") long after,
                              @RequestHeader(name = "HX-Request", required = false) String htmx,
                              @SignedIn Optional<Member> viewer, HttpServletResponse response) {
        return morePage(reads.targetPage(kind, id, after, CommentReads.PAGE_SIZE, Viewer.of(viewer), authors.signer()),
                viewer, htmx, response);
    }

    @PostMapping("/comments/on/{kind}/{id}")
    ModelAndView commentOnTarget(@PathVariable String kind, @PathVariable long id, @SignedIn Member author,
                                 @RequestParam(defaultValue = "") String body,
                                 @RequestParam(defaultValue = "false") boolean anonymous) {
        comments.target(kind); // an unknown kind is a 404 before anything else
        return add(kind, id, "/comments/on/" + kind + "/" + id, author, body, anonymous);
    }

    private ModelAndView morePage(CommentPage page, Optional<Member> viewer, String htmx,
                                  HttpServletResponse response) {
        response.addHeader("Vary", "HX-Request"); // the same address answers a fragment to htmx: cache them apart
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("thread", page.thread());
        model.put("moderator", Viewer.of(viewer).moderator());
        return new ModelAndView(htmx != null ? "comments/comment-items" : "comments/comments", model);
    }

    @PostMapping("/questions/{id}/comments")
    ModelAndView commentOnQuestion(@PathVariable long id, @SignedIn Member author,
                                   @RequestParam(defaultValue = "") String body,
                                   @RequestParam(defaultValue = "false") boolean anonymous) {
        return add("question", id, "/questions/" + id + "/comments", author, body, anonymous);
    }

    @PostMapping("/answers/{id}/comments")
    ModelAndView commentOnAnswer(@PathVariable long id, @SignedIn Member author,
                                 @RequestParam(defaultValue = "") String body,
                                 @RequestParam(defaultValue = "false") boolean anonymous) {
        return add("answer", id, "/answers/" + id + "/comments", author, body, anonymous);
    }

    @GetMapping("/comments/{id}/edit")
    ModelAndView editForm(@PathVariable long id, @SignedIn Member member) {
        CommentRow comment = comments.own(member, id);
        return form("/comments/" + id + "/edit", false, comment.bodyMarkdown(), Map.of(), HttpStatus.OK);
    }

    @PostMapping("/comments/{id}/edit")
    ModelAndView edit(@PathVariable long id, @SignedIn Member member, @RequestParam(defaultValue = "") String body) {
        try {
            return back(comments.edit(member, id, body));
        } catch (InvalidFieldsException e) {
            return form("/comments/" + id + "/edit", false, body, e.errors(), HttpStatus.BAD_REQUEST);
        }
    }

    @PostMapping("/comments/{id}/delete")
    ModelAndView delete(@PathVariable long id, @SignedIn Member member) {
        CommentService.Written deleted = comments.delete(member, id);
        return new ModelAndView("redirect:" + deleted.page());
    }

    private ModelAndView add(String on, long postId, String action, Member author, String body,
                             boolean anonymous) {
        try {
            return back(comments.add(author, on, postId, body, anonymous));
        } catch (InvalidFieldsException e) { // the page has one form per post: the draft comes back alone
            return form(action, true, body, e.errors(), HttpStatus.BAD_REQUEST);
        }
    }

    private static ModelAndView back(CommentService.Written written) {
        return new ModelAndView("redirect:" + written.page() + "#comment-" + written.commentId());
    }

    private static ModelAndView form(String action, boolean isNew, String body, Map<String, String> errors,
                                     HttpStatus status) {
        Map<String, Object> model = new HashMap<>();
        model.put("action", action);
        model.put("isNew", isNew);
        model.put("body", body);
        model.put("errors", errors);
        return new ModelAndView("comments/comment-form", model, status);
    }
}
