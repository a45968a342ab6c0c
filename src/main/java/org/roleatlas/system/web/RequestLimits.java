package org.roleatlas.system.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds what one request can make the server read, before anything else looks at it: a body larger than
 * {@code roleatlas.limits.request-body} (1 MiB by default) is refused with 413, whether it announces its length
 * or streams in chunks (then reading stops at the limit); query strings and form bodies that are not valid
 * UTF-8 are refused with 400 and logged as one line, not a stack trace.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@EnableConfigurationProperties(RequestLimits.Settings.class) // here: web slices load filters without configurations
public class RequestLimits extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestLimits.class);

    private final long maxBody;

    RequestLimits(Settings settings) {
        this.maxBody = settings.requestBody().toBytes();
    }

    /** @param requestBody the largest request body accepted (JSON, forms); larger ones are answered 413 */
    @ConfigurationProperties("roleatlas.limits")
    @Validated
    public record Settings(@DefaultValue("1MB") DataSize requestBody) {
        public Settings {
            if (requestBody.toBytes() < 1024 || requestBody.toBytes() > 1024L * 1024 * 1024) {
                throw new IllegalArgumentException("roleatlas.limits.request-body must be between 1KB and 1GB, got "
                        + requestBody);
            }
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > maxBody) {
            response.setHeader("Connection", "close");
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, tooLarge(length));
            return;
        }
        if (mayCarryEncodedParameters(request)) {
            if (request.getCharacterEncoding() == null) {
                // Browsers send forms without a charset; decoding them here, before Spring's encoding filter has run,
                // must still read them as UTF-8 (the site's pages are UTF-8), or "Zoë" would be stored as "ZoÃ«".
                request.setCharacterEncoding(StandardCharsets.UTF_8.name());
            }
            try {
                request.getParameterMap();
            } catch (RuntimeException e) {
                log.warn("Refused {} {}: parameters are not valid ({})", request.getMethod(), request.getRequestURI(),
                        e.getClass().getSimpleName());
                response.sendError(HttpServletResponse.SC_BAD_REQUEST,
                        "The request's parameters are not valid: they must be UTF-8, percent-encoded.");
                return;
            }
        }
        chain.doFilter(length < 0 ? new Bounded(request, maxBody) : request, response);
    }

    /** Parameters are decoded lazily; decoding them here turns a malformed one into a clear 400 up front. */
    private static boolean mayCarryEncodedParameters(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query != null && query.indexOf('%') >= 0) {
            return true;
        }
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private String tooLarge(long length) {
        return String.format(Locale.ROOT, "The request body is %,d bytes; at most %,d bytes are accepted.", length,
                maxBody);
    }

    /** Thrown when a body without a Content-Length grows past the limit; answered 413 by {@code ErrorResponses}. */
    public static final class BodyTooLargeException extends IOException {
        BodyTooLargeException(long limit) {
            super(String.format(Locale.ROOT, "The request body is larger than the %,d bytes accepted.", limit));
        }
    }

    /** A request whose body stops being readable at the limit. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
