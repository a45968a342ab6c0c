package org.roleatlas.accounts.internal;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import java.time.Clock;
import java.time.Instant;

import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.internal.email.EmailAccounts;
import org.roleatlas.accounts.internal.email.SessionCutoff;
import org.roleatlas.catalog.Catalog;
import org.roleatlas.system.errors.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/** The signed-in member's page: profile, signature preview, personal access tokens. Never cached (it is personal: signed-in responses are no-store). */
@Controller
record ProfileController(MemberService members, AccessTokens tokens, Catalog catalog, EmailAccounts emails,
                         Clock clock) {

    private static final String NEW_TOKEN = "newToken";

    private static final Map<String, String> NOTICES = Map.of(
            "saved", "Profile saved.",
            "welcome", "Your account is ready. We have sent you a link to confirm your email address.",
            "verified", "Your email address is confirmed.",
            "email-sent", "A link to confirm your new address is on its way to it. Until you open it, your current "
                    + "address stays in use.",
            "resent", "The link is on its way again.",
            "not-resent", "Nothing was sent: the address is confirmed already, or it has had too many messages lately.",
            "password", "Password changed. Your other sessions are signed out.");

    @GetMapping("/me")
    ModelAndView show(@AuthenticationPrincipal MemberUser user, HttpServletRequest request, CsrfToken csrf) {
        Member member = member(user);
        String notice = NOTICES.entrySet().stream().filter(e -> request.getParameterMap().containsKey(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        String newToken = flash == null ? null : (String) flash.get(NEW_TOKEN);
        return page(member, ProfileForm.of(member), Map.of(), newToken, notice, csrf,
                HttpStatus.OK);
    }

    /** A new address: confirmed by a link sent to it; the old one stays in use until then. */
    @PostMapping("/me/email")
    ModelAndView changeEmail(@AuthenticationPrincipal MemberUser user, @RequestParam(defaultValue = "") String email,
                             @RequestParam(defaultValue = "") String currentPassword, CsrfToken csrf) {
        Member member = member(user);
        Map<String, String> errors = emails.changeEmail(member, currentPassword, email);
        if (!errors.isEmpty()) {
            return accountErrors(member, errors, csrf);
        }
        return new ModelAndView("redirect:/me?email-sent");
    }

    @PostMapping("/me/email/resend")
    String resend(@AuthenticationPrincipal MemberUser user) {
        return emails.resend(member(user).id()) ? "redirect:/me?resent" : "redirect:/me?not-resent";
    }

    /** Needs the current password; ends the member's other sessions and keeps this one. */
    @PostMapping("/me/password")
    ModelAndView changePassword(@AuthenticationPrincipal MemberUser user,
                                @RequestParam(defaultValue = "") String currentPassword,
                                @RequestParam(defaultValue = "") String newPassword, CsrfToken csrf,
                                HttpServletRequest request) {
        Member member = member(user);
        Instant now = clock.instant();
        Map<String, String> errors = emails.changePassword(member, currentPassword, newPassword, now);
        if (!errors.isEmpty()) {
            return accountErrors(member, errors, csrf);
        }
        SessionCutoff.markSignedIn(request, now);
        return new ModelAndView("redirect:/me?password");
    }

    private ModelAndView accountErrors(Member member, Map<String, String> errors, CsrfToken csrf) {
        ModelAndView view = page(member, ProfileForm.of(member), Map.of(), null, null, csrf, HttpStatus.BAD_REQUEST);
        ProfilePage page = (ProfilePage) view.getModel().get("page");
        return new ModelAndView("accounts/me", Map.of("page", new ProfilePage(page.username(), page.form(),
                page.errors(), page.signature(), page.roles(), page.tokens(), null, null, csrf, page.email(), errors)),
                HttpStatus.BAD_REQUEST);
    }

    @PostMapping("/me")
    ModelAndView save(@AuthenticationPrincipal MemberUser user, @ModelAttribute ProfileForm form, CsrfToken csrf) {
        Member member = member(user);
        FieldErrors errors = new FieldErrors();
        Profile profile = MemberRules.profile(form.displayName(), form.jobTitle(), form.role(), form.industry(),
                form.companySize(), catalog.snapshot(), errors);
        if (profile.displayName() != null && !profile.displayName().equals(member.displayName())) {
            members.checkDisplayName(profile.displayName(), member.id(), errors);
        }
        if (!errors.isEmpty()) {
            return page(member, form, errors.asMap(), null, null, csrf, HttpStatus.BAD_REQUEST);
        }
        members.updateProfile(member.id(), profile);
        return new ModelAndView("redirect:/me?saved");
    }

    /**
     * Creates the token, then redirects (POST-redirect-GET): the plain token travels to the next page of this
     * session once, as a flash attribute, so reloading that page neither creates another token nor shows it again.
     */
    @PostMapping("/me/tokens")
    ModelAndView createToken(@AuthenticationPrincipal MemberUser user, @RequestParam(defaultValue = "") String name,
                             CsrfToken csrf, RedirectAttributes redirect) {
        Member member = member(user);
        String cleaned = name.strip();
        if (cleaned.isEmpty() || cleaned.length() > 100) {
            return page(member, ProfileForm.of(member), Map.of("name", "Token name: 1 to 100 characters"), null, null,
                    csrf, HttpStatus.BAD_REQUEST);
        }
        redirect.addFlashAttribute(NEW_TOKEN, tokens.create(member.id(), cleaned));
        return new ModelAndView("redirect:/me#new-token");
    }

    /** Someone else's token id is answered exactly like an unknown one. */
    @PostMapping("/me/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal MemberUser user, @PathVariable long id) {
        if (!tokens.revoke(user.memberId(), id)) {
            throw new NotFoundException("You have no active token " + id + ".");
        }
        return "redirect:/me";
    }

    /** Read fresh on every request: a member suspended while signed in loses access at once. */
    private Member member(MemberUser user) {
        return members.find(user.memberId()).filter(Member::active)
                .orElseThrow(() -> new NotFoundException("This account no longer exists or is suspended."));
    }

    private ModelAndView page(Member member, ProfileForm form, Map<String, String> errors, String newToken, String notice,
                              CsrfToken csrf, HttpStatus status) {
        var rows = tokens.list(member.id()).stream()
                .map(t -> new ProfilePage.TokenRow(t.id(), t.name(), t.prefix(), t.createdAt(), t.lastUsedAt())).toList();
        ProfilePage page = new ProfilePage(member.username(), form, errors, members.signature(member).text(),
                catalog.snapshot().roles(), rows, newToken, notice, csrf, emails.status(member.id()), Map.of());
        return new ModelAndView("accounts/me", Map.of("page", page), status);
    }
}
