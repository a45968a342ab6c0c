package org.roleatlas.accounts.internal;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.roleatlas.accounts.Authority;
import org.roleatlas.accounts.internal.email.EmailAccounts;
import org.roleatlas.accounts.internal.email.SessionCutoff;
import org.roleatlas.system.ratelimit.RateLimiter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Sign-in page (the form posts to Spring Security) and sign-up. */
@Controller
class SignUpController {

    /** The same words whether the username is unknown or the password wrong, so neither can be told apart. */
    static final String SIGN_IN_FAILED = "That username and password do not match an active account.";
    /** A taken username must be refused; the message says no more than that, and attempts are rate-limited. */
    static final String USERNAME_UNAVAILABLE = "Username: not available; choose another.";

    static final String EMAIL_TAKEN = "Email: already used by another account; reset its password from the sign-in page.";

    private final MemberService members;
    private final RateLimiter limiter;
    private final EmailAccounts emails;
    private final java.time.Clock clock;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignUpController(MemberService members, RateLimiter limiter, EmailAccounts emails, java.time.Clock clock) {
        this.members = members;
        this.limiter = limiter;
        this.emails = emails;
        this.clock = clock;
    }

    @GetMapping("/sign-in")
    ModelAndView signIn(HttpServletRequest request, CsrfToken csrf, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        // Flags without values (?error, ?welcome), as Spring Security's failure URL writes them.
        boolean error = request.getParameterMap().containsKey("error");
        boolean welcome = request.getParameterMap().containsKey("welcome");
        boolean reset = request.getParameterMap().containsKey("reset");
        String wait = request.getParameter("wait");
        String message = error ? SIGN_IN_FAILED : null;
        if (wait != null && wait.matches("[0-9]{1,6}")) {
            message = "Too many failed sign-ins for this account or from your address. Wait " + wait
                    + (wait.equals("1") ? " second" : " seconds") + " and try again; a browser you have signed in "
                    + "with before is not held up by other people's attempts.";
        }
        return new ModelAndView("accounts/sign-in").addObject("csrf", csrf)
                .addObject("message", message)
                .addObject("notice", reset ? "Your new password is set, and the account is signed out everywhere else. "
                        + "Sign in with the new password." : welcome ? "Your account is ready. Sign in to fill in your "
                        + "profile." : null);
    }

    @GetMapping("/sign-up")
    ModelAndView signUpForm(CsrfToken csrf, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        return form(csrf, "", "", "", Map.of(), null, HttpStatus.OK);
    }

    @PostMapping("/sign-up")
    ModelAndView signUp(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
                        @RequestParam(defaultValue = "") String displayName,
                        @RequestParam(defaultValue = "") String email, CsrfToken csrf,
                        HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        // per client address, so nobody can probe usernames or create accounts in bulk (decisions/0007)
        RateLimiter.Decision decision = limiter.tryAcquire("signup", request.getRemoteAddr());
        if (!decision.allowed()) {
            long seconds = Math.max(1, decision.retryAfterSeconds());
            response.setHeader("Retry-After", Long.toString(seconds));
            return form(csrf, username, displayName, email, Map.of(), "Too many sign-up attempts from your address; try again in "
                    + Math.max(1, (seconds + 59) / 60) + " minutes.", HttpStatus.TOO_MANY_REQUESTS);
        }
        FieldErrors errors = new FieldErrors();
        MemberRules.checkUsername(username, errors);
        MemberRules.checkPassword(password, username, displayName, errors);
        // Required: posts and bylines are signed with it, not with the username (docs/SECURITY.md).
        if (displayName.isBlank()) {
            errors.reject("displayName", "Display name", "required: your posts are signed with it");
        } else if (displayName.strip().length() > 80) {
            errors.reject("displayName", "Display name", "at most 80 characters");
        }
        members.checkDisplayName(displayName, null, errors);
        String emailProblem = EmailAccounts.problem(email);
        if (emailProblem != null) {
            errors.reject("email", "Email", emailProblem.substring("Email: ".length()));
        } else if (emails.taken(email, -1)) {
            errors.reject("email", "Email", EMAIL_TAKEN.substring("Email: ".length()));
        }
        if (!errors.isEmpty()) {
            return form(csrf, username, displayName, email, errors.asMap(), null, HttpStatus.BAD_REQUEST);
        }
        Profile profile = new Profile(MemberRules.blankToNull(displayName), null, null, null, null);
        NewMember member = new NewMember(MemberRules.normalizeUsername(username), password, profile,
                Set.of(Authority.MEMBER), email.strip());
        java.util.OptionalLong id;
        try {
            // the member and the verification mail in one transaction: both or neither
            id = members.signUp(member, newId -> emails.sendVerification(newId, member.email()));
        } catch (DuplicateKeyException e) { // the same address signed up at the same moment
            return form(csrf, username, displayName, email, Map.of("email", EMAIL_TAKEN), null, HttpStatus.CONFLICT);
        }
        if (id.isEmpty()) {
            return form(csrf, username, displayName, email, Map.of("username", USERNAME_UNAVAILABLE), null,
                    HttpStatus.CONFLICT);
        }
        signIn(id.getAsLong(), request, response);
        return new ModelAndView("redirect:/me?welcome");
    }

    /** Signed in straight after sign-up, as form sign-in would: a new session id, the context saved in the session. */
    private void signIn(long memberId, HttpServletRequest request, HttpServletResponse response) {
        MemberUser user = members.principal(memberId).orElseThrow();
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        SessionCutoff.markSignedIn(request, clock.instant());
    }

    private static ModelAndView form(CsrfToken csrf, String username, String displayName, String email,
                                     Map<String, String> errors, String message, HttpStatus status) {
        ModelAndView view = new ModelAndView("accounts/sign-up", status);
        view.addObject("csrf", csrf).addObject("username", username).addObject("displayName", displayName)
                .addObject("email", email)
                .addObject("errors", errors).addObject("message", message);
        return view;
    }
}
