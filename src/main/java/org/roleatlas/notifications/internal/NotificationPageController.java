package org.roleatlas.notifications.internal;

import java.util.List;
import java.util.Map;

import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.SignedIn;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The inbox ({@code /notifications}), marking read (plain forms with the session's CSRF token; htmx posts the same
 * forms and swaps the list), the settings page, and the unsubscribe link's confirmation (no sign-in: the signed link
 * is the proof; the {@code POST} is also what mail clients send for RFC 8058 one-click unsubscribe).
 */
@Controller
class NotificationPageController {

    private final Inbox inbox;

    NotificationPageController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/notifications")
    ModelAndView inbox(@RequestParam(defaultValue = "1") int page, @SignedIn Member member) {
        return new ModelAndView("notifications/inbox", Map.of("page", inbox.page(member, page)));
    }

    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable long id, @SignedIn Member member) {
        inbox.markRead(member, List.of(id));
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read")
    String readAll(@SignedIn Member member) {
        inbox.markAllRead(member);
        return "redirect:/notifications";
    }

    @GetMapping("/notifications/settings")
    ModelAndView settings(@RequestParam(required = false) String saved, @SignedIn Member member) {
        return new ModelAndView("notifications/settings", Map.of("settings", inbox.settings(member),
                "saved", saved != null));
    }

    @PostMapping("/notifications/settings")
    String saveSettings(@RequestParam Map<String, String> form, @SignedIn Member member) {
        inbox.saveSettings(member, form);
        return "redirect:/notifications/settings?saved";
    }

    @GetMapping("/notifications/unsubscribe")
    ModelAndView confirmUnsubscribe(@RequestParam long member, @RequestParam String kind, @RequestParam String sig) {
        inbox.check(member, kind, sig);
        return new ModelAndView("notifications/unsubscribe", Map.of("member", member, "kind", kind, "sig", sig,
                "what", what(kind), "done", false));
    }

    /** RFC 8058: the mail client posts {@code List-Unsubscribe=One-Click} to the link itself; the form posts the same. */
    @PostMapping("/notifications/unsubscribe")
    ModelAndView unsubscribe(@RequestParam long member, @RequestParam String kind, @RequestParam String sig) {
        inbox.unsubscribe(member, kind, sig);
        ModelAndView done = new ModelAndView("notifications/unsubscribe", Map.of("member", member, "kind", kind,
                "sig", sig, "what", what(kind), "done", true));
        done.setStatus(HttpStatus.OK);
        return done;
    }

    private static String what(String kind) {
        return Kind.find(kind).map(k -> "emails about “" + k.label() + "”").orElse("all notification emails");
    }
}
