package org.roleatlas.moderation.internal;

import java.util.Map;

import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.SignedIn;
import org.roleatlas.posts.PostKind;
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
record ModerationPageController(ModerationService moderation, ModerationQueue queue, FlagService flags) {

    @GetMapping("/moderation")
    ModelAndView queue(@SignedIn Member member) {
        ModerationViews.Queue shown = queue.queue(member);
        return new ModelAndView("moderation/moderation", Map.of("queue", shown));
    }

    /** Hide, unhide or approve; approving takes no reason and ignores one sent. */
    @PostMapping("/moderation/{kind}/{id}/{decision:hide|unhide|approve}")
    String decide(@PathVariable String kind, @PathVariable long id, @PathVariable String decision,
                  @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String from,
                  @SignedIn Member member) {
        return back(moderation.decide(member, ModerationService.Decision.of(decision), PostKind.of(kind), id, reason),
                from);
    }

    @PostMapping("/moderation/{kind}/{id}/dismiss")
    String dismiss(@PathVariable String kind, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
                   @RequestParam(defaultValue = "") String from, @SignedIn Member member) {
        return back(moderation.dismiss(member, PostKind.of(kind), id, reason), from);
    }

    @PostMapping("/moderation/members/{action:suspend|unsuspend}")
    String suspend(@PathVariable String action, @RequestParam(defaultValue = "") String username,
                   @RequestParam(defaultValue = "") String reason, @SignedIn Member member) {
        moderation.suspend(member, username, action.equals("suspend"), reason);
        return "redirect:/moderation";
    }

    @PostMapping("/{kind:questions|answers|comments}/{id}/flags")
    String flag(@PathVariable String kind, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
                @RequestParam(defaultValue = "") String note, @SignedIn Member member) {
        // a refused reason or note is answered with the error page, which says what: the form is a small menu
        return "redirect:" + flags.flag(member, PostKind.of(kind), id, reason, note).post().url();
    }

    private static String back(ModeratedPost post, String from) {
        return "redirect:" + ("queue".equals(from) ? "/moderation" : post.url());
    }
}
