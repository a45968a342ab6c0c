package org.roleatlas.accounts.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Problems with a submitted form, one per field; every message names its field ("Password: at least 10 characters"). */
final class FieldErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    void reject(String field, String label, String reason) {
        byField.putIfAbsent(field, label + ": " + reason);
    }

    boolean isEmpty() {
        return byField.isEmpty();
    }

    /** The message for a field, or null; templates show it beside the input. */
    String of(String field) {
        return byField.get(field);
    }

    Map<String, String> asMap() {
        return java.util.Collections.unmodifiableMap(byField);
    }

    List<String> messages() {
        return new ArrayList<>(byField.values());
    }
}
