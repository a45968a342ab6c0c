package org.roleatlas.accounts.internal.email;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The links sent by mail: confirming an address, and "Forgot password?" through to a new password. */
@Controller
class RecoveryController {

    /** The one answer to a reset request, whether or not the address has an account. */
    static final String RESET_SENT = "If an account uses that address, a link to set a new password is on its way "
            + "to it. The link works once, within an hour.";

    private final EmailAccounts accounts;

    RecoveryController(EmailAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/verify-email")
    ModelAndView verify(@RequestParam(defaultValue = "") String token, HttpServletRequest request,
                        HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        EmailAccounts.Verification result = accounts.verify(token);
        if (result == EmailAccounts.Verification.VERIFIED && request.getUserPrincipal() != null) {
            return new ModelAndView("redirect:/me?verified");
        }
        String message = switch (result) {
            case VERIFIED -> "Thank you: your email address is confirmed.";
            case TAKEN -> "This address is now used by another account, so it was not added to yours.";
            case EXPIRED -> "This link has expired or was used already. Sign in and ask for a new one on your "
                    + "account page.";
        };
        return new ModelAndView("accounts/verify-email", result == EmailAccounts.Verification.VERIFIED
                ? HttpStatus.OK : HttpStatus.GONE).addObject("message", message)
                .addObject("verified", result == EmailAccounts.Verification.VERIFIED);
    }

    @GetMapping("/forgot-password")
    ModelAndView forgotForm(HttpServletRequest request, CsrfToken csrf, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        boolean sent = request.getParameterMap().containsKey("sent");
        return forgot(csrf, "", sent ? RESET_SENT : null, Map.of(), HttpStatus.OK);
    }

    @PostMapping("/forgot-password")
    ModelAndView forgot(@RequestParam(defaultValue = "") String email, CsrfToken csrf) {
        String problem = EmailAccounts.problem(email);
        if (problem != null) {
            return forgot(csrf, email, null, Map.of("email", problem), HttpStatus.BAD_REQUEST);
        }
        accounts.requestReset(email);
        return new ModelAndView("redirect:/forgot-password?sent");
    }

    @GetMapping("/reset-password")
    ModelAndView resetForm(@RequestParam(defaultValue = "") String token, CsrfToken csrf, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        boolean usable = accounts.resetUsable(token);
        return reset(csrf, token, usable, Map.of(), usable ? HttpStatus.OK : HttpStatus.GONE);
    }

    @PostMapping("/reset-password")
    ModelAndView reset(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
                       CsrfToken csrf, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        Map<String, String> errors = accounts.resetPassword(token, password);
        if (errors.isEmpty()) {
            return new ModelAndView("redirect:/sign-in?reset");
        }
        boolean usable = !errors.containsKey("token");
        return reset(csrf, token, usable, errors, usable ? HttpStatus.BAD_REQUEST : HttpStatus.GONE);
    }

    private static ModelAndView forgot(CsrfToken csrf, String email, String notice, Map<String, String> errors,
                                       HttpStatus status) {
        return new ModelAndView("accounts/forgot-password", status).addObject("csrf", csrf).addObject("email", email)
                .addObject("notice", notice).addObject("errors", errors);
    }

    private static ModelAndView reset(CsrfToken csrf, String token, boolean usable, Map<String, String> errors,
                                      HttpStatus status) {
        return new ModelAndView("accounts/reset-password", status).addObject("csrf", csrf).addObject("token", token)
                .addObject("usable", usable).addObject("errors", errors);
    }
}
