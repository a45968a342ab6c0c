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

    record Rendered(byte[] body, MediaType type) {
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
