package org.roleatlas.compare;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Rendered comparison responses by request key, valid for one catalogue version. A comparison is a pure function
 * of (roles, framework, toggle, format, catalogue version), so when the version moves on the whole cache is
 * dropped; it is also dropped when it grows past a bound, which keeps memory flat under URL scanning.
 */
@Component
class RenderedCache {

    /** A response body and its type; a null type means the body is a redirect location. */
    record Rendered(byte[] body, MediaType type, String etag) {

        Rendered(byte[] body, MediaType type) {
            this(body, type, etagOf(body));
        }

        /** A strong validator computed once per rendering, so conditional requests cost a string compare. */
        private static String etagOf(byte[] body) {
            java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
            crc.update(body);
            return "\"" + Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(body.length) + "\"";
        }
    }

    private static final int MAX_ENTRIES = 4096;

    private volatile long version = -1;
    private final Map<String, Rendered> entries = new ConcurrentHashMap<>();

    Rendered get(String key, long catalogVersion, Supplier<Rendered> render) {
        if (catalogVersion != version) {
            synchronized (this) {
                if (catalogVersion != version) {
                    entries.clear();
                    version = catalogVersion;
                }
            }
        }
        Rendered cached = entries.get(key);
        if (cached != null) {
            return cached;
        }
        Rendered rendered = render.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, rendered);
        return rendered;
    }
}
