package org.roleatlas.notifications.internal;

import java.util.HashMap;
import java.util.Map;

import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.SignedIn;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Follow and Unfollow for a question ({@code /follow/questions/{id}}) and a role ({@code /follow/roles/{slug}}). The
 * question and discussions pages are the same for every reader, so they carry a plain link here that htmx replaces
 * with this member's button (the fragment, on {@code HX-Request}); without JavaScript the link opens a small page with
 * the button, whose form redirects back.
 */
@Controller
class FollowController {

    private final Inbox inbox;

    FollowController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/follow/questions/{id}")
    ModelAndView question(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx,
                          @SignedIn(required = false) Member member) {
        boolean following = member != null && inbox.followQuestionVisible(member, id);
        return view(htmx, "/follow/questions/" + id, "/questions/" + id, "this question", member != null, following);
    }

    @PostMapping("/follow/questions/{id}")
    ModelAndView followQuestion(@PathVariable long id, @RequestParam(defaultValue = "true") boolean follow,
                                @RequestHeader(value = "HX-Request", required = false) String htmx,
                                @SignedIn Member member) {
        boolean following = inbox.followQuestion(member, id, follow);
        return after(htmx, "/follow/questions/" + id, "/questions/" + id, "this question", following);
    }

    @GetMapping("/follow/roles/{slug}")
    ModelAndView role(@PathVariable String slug, @RequestHeader(value = "HX-Request", required = false) String htmx,
                      @SignedIn(required = false) Member member) {
        String name = inbox.role(slug);
        boolean following = member != null && inbox.followsRole(member, slug);
        return view(htmx, "/follow/roles/" + slug, "/roles/" + slug + "/discussions", name, member != null, following);
    }

    @PostMapping("/follow/roles/{slug}")
    ModelAndView followRole(@PathVariable String slug, @RequestParam(defaultValue = "true") boolean follow,
                            @RequestHeader(value = "HX-Request", required = false) String htmx,
                            @SignedIn Member member) {
        boolean following = inbox.followRole(member, slug, follow);
        return after(htmx, "/follow/roles/" + slug, "/roles/" + slug + "/discussions", inbox.role(slug), following);
    }

    /** Without JavaScript back to the page (POST-redirect-GET); for htmx the new button in place. */
    private static ModelAndView after(String htmx, String action, String back, String what, boolean following) {
        return htmx == null ? new ModelAndView("redirect:" + back) : view(htmx, action, back, what, true, following);
    }

    private static ModelAndView view(String htmx, String action, String back, String what, boolean signedIn,
                                     boolean following) {
        Map<String, Object> model = new HashMap<>();
        model.put("action", action);
        model.put("back", back);
        model.put("what", what);
        model.put("signedIn", signedIn);
        model.put("following", following);
        return new ModelAndView(htmx == null ? "notifications/follow-page" : "notifications/follow", model);
    }
}
