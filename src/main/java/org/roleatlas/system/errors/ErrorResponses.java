package org.roleatlas.system.errors;

import org.roleatlas.system.SiteHeader;

import org.roleatlas.system.SiteHeaders;

import org.roleatlas.system.PageRenderer;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.roleatlas.system.ratelimit.RateLimitedException;
import org.roleatlas.system.web.RequestLimits;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Maps the application's exceptions to responses: RFC 9457 problem details for the API (and for any client
 * that does not accept HTML), an HTML error page for browsers. Never a 500 for a missing row.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // before Boot's generic problem-details handler, so browsers get pages
class ErrorResponses {

    private final PageRenderer pages;
    private final ObjectProvider<SiteHeaders> siteHeaders;

    ErrorResponses(PageRenderer pages, ObjectProvider<SiteHeaders> siteHeaders) {
        this.pages = pages;
        this.siteHeaders = siteHeaders;
    }

    /** The refusals a feature throws, by the status they are answered with. */
    private static final Map<Class<? extends RuntimeException>, HttpStatus> REFUSALS = Map.of(
            BadRequestException.class, HttpStatus.BAD_REQUEST,
            ForbiddenException.class, HttpStatus.FORBIDDEN,
            ConflictException.class, HttpStatus.CONFLICT);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<?> notFound(NotFoundException e, HttpServletRequest request) {
        return respond(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), e.suggestions(), HttpHeaders.EMPTY,
                request.getRequestURI(), request);
    }

    @ExceptionHandler({BadRequestException.class, ForbiddenException.class, ConflictException.class})
    ResponseEntity<?> refused(RuntimeException e, HttpServletRequest request) {
        HttpStatus status = REFUSALS.entrySet().stream().filter(r -> r.getKey().isInstance(e))
                .map(Map.Entry::getValue).findFirst().orElse(HttpStatus.BAD_REQUEST);
        return respond(status, e.getMessage(), request);
    }

    /** Field by field, as a web form shows them: {@code errors: {"title": "Title: 1 to 200 characters"}}. */
    @ExceptionHandler(InvalidFieldsException.class)
    ResponseEntity<?> invalidFields(InvalidFieldsException e, HttpServletRequest request) {
        Map<String, String> errors = e.capped();
        ResponseEntity<?> response = respond(HttpStatus.BAD_REQUEST, String.join(" ", errors.values()), request);
        if (response.getBody() instanceof ProblemDetail problem) {
            problem.setProperty("errors", errors);
        }
        return response;
    }

    /** Retry-After in seconds lets well-behaved clients wait without parsing the message. */
    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<?> tooManyRequests(RateLimitedException e, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        HttpStatus status = HttpStatus.TOO_MANY_REQUESTS;
        return respond(status, title(status), e.getMessage(), List.of(), headers, request.getRequestURI(), request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<?> noSuchPage(NoResourceFoundException e, HttpServletRequest request) {
        return respond(HttpStatus.NOT_FOUND, "There is no page at " + request.getRequestURI() + ".", request);
    }

    /** A query parameter of the wrong type, e.g. {@code ?diff=maybe}: names the parameter and what it takes. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<?> badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String expected = e.getRequiredType() == null ? "a different value" : switch (e.getRequiredType().getSimpleName()) {
            case "boolean", "Boolean" -> "true or false";
            case "int", "Integer", "long", "Long" -> "a whole number";
            default -> "a " + e.getRequiredType().getSimpleName();
        };
        return respond(HttpStatus.BAD_REQUEST, "Parameter '" + e.getName() + "' must be " + expected
                + ", got '" + e.getValue() + "'.", request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<?> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "Parameter '" + e.getParameterName() + "' is required.", request);
    }

    /** A body over the configured limit that arrived without a Content-Length (see {@link RequestLimits}). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<?> unreadableBody(HttpMessageNotReadableException e, HttpServletRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestLimits.BodyTooLargeException tooLarge) {
                return respond(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage(), request);
            }
        }
        return respond(HttpStatus.BAD_REQUEST, "The request body could not be read as JSON.", request);
    }

    /** The status's reason as a title: "Bad request", "Too many requests". */
    static String title(HttpStatus status) {
        String reason = status.getReasonPhrase();
        return reason.charAt(0) + reason.substring(1).toLowerCase(Locale.ROOT);
    }

    private ResponseEntity<?> respond(HttpStatus status, String detail, HttpServletRequest request) {
        return respond(status, title(status), detail, List.of(), HttpHeaders.EMPTY, request.getRequestURI(), request);
    }

    /** For errors answered outside a controller, where the URI asked for is not the request's own. */
    ResponseEntity<?> respond(HttpStatus status, String title, String detail,
                              List<NotFoundException.Suggestion> suggestions, String uri, HttpServletRequest request) {
        return respond(status, title, detail, suggestions, HttpHeaders.EMPTY, uri, request);
    }

    private ResponseEntity<?> respond(HttpStatus status, String title, String detail,
                                      List<NotFoundException.Suggestion> suggestions, HttpHeaders headers,
                                      String uri, HttpServletRequest request) {
        if (wantsHtml(uri, request.getHeader("Accept"))) {
            SiteHeaders source = siteHeaders.getIfAvailable();
            byte[] page = pages.render("system/error", Map.of("status", status.value(), "title", title,
                    "detail", detail, "suggestions", suggestions,
                    "siteHeader", source == null ? SiteHeader.SIGNED_OUT : source.current(request)));
            return ResponseEntity.status(status).headers(headers)
                    .contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8)).body(page);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(instance(uri));
        if (!suggestions.isEmpty()) {
            problem.setProperty("suggestions", suggestions);
        }
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The path asked for, or none when it is not a valid URI reference (it came from the client). */
    private static URI instance(String uri) {
        try {
            return URI.create(uri);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Browsers ask for text/html first; the API, curl and exports get problem details. */
    static boolean wantsHtml(HttpServletRequest request) {
        return wantsHtml(request.getRequestURI(), request.getHeader("Accept"));
    }

    static boolean wantsHtml(String uri, String accept) {
        if (uri.startsWith("/api/")) {
            return false;
        }
        if (uri.endsWith(".json") || uri.endsWith(".csv") || uri.endsWith(".md")) {
            return false;
        }
        return accept != null && accept.contains("text/html");
    }
}
