package org.roleatlas.system.errors;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is wrong with a submitted form or JSON body, one message per field, each naming its field ("Title: 1 to 200
 * characters"). Nothing was written. Pages show the messages beside their inputs; the API answers 400 with an RFC
 * 9457 problem detail whose {@code errors} property maps each field to its message ({@link ErrorResponses}).
 */
public class InvalidFieldsException extends RuntimeException {

    /** One answer carries at most this many field errors; the rest are counted in one {@value #MORE} entry. */
    public static final int MAX_ERRORS = 20;
    public static final String MORE = "_more";

    private final Map<String, String> errors;

    public InvalidFieldsException(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /** One refused field. */
    public InvalidFieldsException(String field, String message) {
        this(Map.of(field, message));
    }

    /** Every refused field, in the order they were checked. */
    public Map<String, String> errors() {
        return errors;
    }

    /** The errors one answer carries: the first {@value #MAX_ERRORS}, then "and N more problems". */
    public Map<String, String> capped() {
        if (errors.size() <= MAX_ERRORS) {
            return errors;
        }
        Map<String, String> capped = new LinkedHashMap<>();
        errors.entrySet().stream().limit(MAX_ERRORS).forEach(e -> capped.put(e.getKey(), e.getValue()));
        int more = errors.size() - MAX_ERRORS;
        capped.put(MORE, "and " + more + " more " + (more == 1 ? "problem" : "problems"));
        return Collections.unmodifiableMap(capped);
    }
}
