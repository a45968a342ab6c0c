package org.roleatlas.system.errors;

import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers errors that happen outside a controller (the container's {@code sendError}, a filter's refusal, an
 * exception no handler took) in the same two shapes as {@link ErrorResponses}: a problem detail for the API and
 * an error page for browsers. A direct request for {@code /error} is a page that does not exist, not a 500.
 * Replaces Spring Boot's default error controller.
 */
@RestController
class ErrorPageController implements ErrorController {

    private final ErrorResponses responses;

    ErrorPageController(ErrorResponses responses) {
        this.responses = responses;
    }

    @RequestMapping("/error")
    ResponseEntity<?> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (request.getDispatcherType() != DispatcherType.ERROR || !(code instanceof Integer status)) {
            return responses.respond(HttpStatus.NOT_FOUND, "Not found", "There is no page at /error.", List.of(),
                    request.getRequestURI(), request);
        }
        HttpStatus resolved = HttpStatus.resolve(status);
        HttpStatus httpStatus = resolved == null ? HttpStatus.INTERNAL_SERVER_ERROR : resolved;
        Object uriAttribute = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = uriAttribute instanceof String s ? s : request.getRequestURI();
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        String detail = httpStatus.is4xxClientError() && message instanceof String m && !m.isBlank()
                ? m : defaultDetail(httpStatus);
        return responses.respond(httpStatus, httpStatus.getReasonPhrase(), detail, List.of(), uri, request);
    }

    private static String defaultDetail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is no such page.";
            case METHOD_NOT_ALLOWED -> "This address does not take that method.";
            case BAD_REQUEST -> "The request could not be read.";
            default -> status.is5xxServerError()
                    ? "Something went wrong on our side; the error has been logged."
                    : status.getReasonPhrase() + ".";
        };
    }
}
