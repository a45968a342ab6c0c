package org.roleatlas.moderation.internal;

import java.security.Principal;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.roleatlas.accounts.Member;
import org.roleatlas.posts.Authors;
import org.roleatlas.posts.PostKind;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The moderation queue page and the moderators' forms (plain forms with the session's CSRF token), and the members'
 * flag forms. {@code kind} in a path is questions, answers or comments. Each action returns to the queue when sent
 * from it ({@code from=queue}) and otherwise to the post on its question page.
 */
@Controller
class ModerationPageController {

    private final ModerationService moderation;
    private final ModerationQueue queue;
    private final FlagService flags;
    private final Authors authors;

    ModerationPageController(ModerationService moderation, ModerationQueue queue, FlagService flags, Authors authors) {
        this.moderation = moderation;
        this.queue = queue;
        this.flags = flags;
        this.authors = authors;
    }

    @GetMapping("/moderation")
    ModelAndView queue(Principal principal, CsrfToken csrf, HttpServletResponse response) {
        ModerationViews.Queue shown = queue.queue(authors.writer(principal));
        response.setHeader("Cache-Control", "no-store");
        return new ModelAndView("moderation/moderation", Map.of("queue", shown, "csrf", csrf));
    }

    @PostMapping("/moderation/{kind}/{id}/hide")
    String hide(@PathVariable String kind, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
                @RequestParam(defaultValue = "") String from, Principal principal) {
        return back(moderation.hide(authors.writer(principal), PostKind.of(kind), id, reason), from);
    }

    @PostMapping("/moderation/{kind}/{id}/unhide")
    String unhide(@PathVariable String kind, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
                  @RequestParam(defaultValue = "") String from, Principal principal) {
        return back(moderation.unhide(authors.writer(principal), PostKind.of(kind), id, reason), from);
    }

    @PostMapping("/moderation/{kind}/{id}/approve")
    String approve(@PathVariable String kind, @PathVariable long id, @RequestParam(defaultValue = "") String from,
                   Principal principal) {
        return back(moderation.approve(authors.writer(principal), PostKind.of(kind), id), from);
    }

    @PostMapping("/moderation/{kind}/{id}/dismiss")
    String dismiss(@PathVariable String kind, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
                   @RequestParam(defaultValue = "") String from, Principal principal) {
        return back(moderation.dismiss(authors.writer(principal), PostKind.of(kind), id, reason), from);
    }

    @PostMapping("/moderation/members/suspend")
    String suspend(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String reason,
                   Principal principal) {
        moderation.suspend(authors.writer(principal), username, true, reason);
        return "redirect:/moderation";
    }

    @PostMapping("/moderation/members/unsuspend")
    String unsuspend(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String reason,
                     Principal principal) {
        moderation.suspend(authors.writer(principal), username, false, reason);
        return "redirect:/moderation";
    }

    @PostMapping("/{kind:questions|answers|comments}/{id}/flags")
    String flag(@PathVariable String kind, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
                @RequestParam(defaultValue = "") String note, Principal principal) {
        Member member = authors.writer(principal);
        // a refused reason or note is answered with the error page, which says what: the form is a small menu
        return "redirect:" + flags.flag(member, PostKind.of(kind), id, reason, note).post().url();
    }

    private static String back(ModeratedPost post, String from) {
        return "redirect:" + ("queue".equals(from) ? "/moderation" : post.url());
    }
}
