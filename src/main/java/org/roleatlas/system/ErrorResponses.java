package org.roleatlas.system;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps the application's exceptions to responses: RFC 9457 problem details for the API (and for any client
 * that does not accept HTML), an HTML error page for browsers. Never a 500 for a missing row.
 */
@RestControllerAdvice
class ErrorResponses {

    private final Pages pages;

    ErrorResponses(Pages pages) {
        this.pages = pages;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<?> notFound(NotFoundException e, HttpServletRequest request) {
        return respond(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), e.suggestions(), request);
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<?> badRequest(BadRequestException e, HttpServletRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage(), List.of(), request);
    }

    private ResponseEntity<?> respond(HttpStatus status, String title, String detail,
                                      List<NotFoundException.Suggestion> suggestions, HttpServletRequest request) {
        if (wantsHtml(request)) {
            byte[] page = pages.render("system/error", Map.of("status", status.value(), "title", title,
                    "detail", detail, "suggestions", suggestions));
            return ResponseEntity.status(status).contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8)).body(page);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        if (!suggestions.isEmpty()) {
            problem.setProperty("suggestions", suggestions);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Browsers ask for text/html first; the API, curl and exports get problem details. */
    static boolean wantsHtml(HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/")) {
            return false;
        }
        String uri = request.getRequestURI();
        if (uri.endsWith(".json") || uri.endsWith(".csv") || uri.endsWith(".md")) {
            return false;
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }
}
