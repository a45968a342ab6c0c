package org.roleatlas.compare;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.roleatlas.catalog.Framework;

/**
 * The comparison URL scheme: {@code /compare/{a}-vs-{b}-vs-{c}[.md|.csv|.json]}. Slugs never contain the word
 * "vs" (the catalogue refuses them), so splitting on "-vs-" is unambiguous.
 */
public final class ComparisonPath {

    private static final String SEPARATOR = "-vs-";

    private ComparisonPath() {
    }

    /** The names in a path spec and its export format, if it has a known extension. */
    record Spec(List<String> names, Optional<ExportFormat> format) {
    }

    static Spec parse(String spec) {
        Optional<ExportFormat> format = ExportFormat.fromExtension(spec);
        String names = format.map(f -> spec.substring(0, spec.length() - f.extension().length() - 1)).orElse(spec);
        return new Spec(Arrays.stream(names.split(SEPARATOR, -1)).map(String::strip).toList(), format);
    }

    public static String of(List<String> slugs) {
        return "/compare/" + String.join(SEPARATOR, slugs);
    }

    static String query(String framework, boolean differencesOnly) {
        return query(framework, differencesOnly, null);
    }

    /** The view's query: {@code framework} when not the default, {@code diff=true}, {@code size} when one is chosen. */
    static String query(String framework, boolean differencesOnly, org.roleatlas.catalog.SizeBand size) {
        StringBuilder query = new StringBuilder();
        if (!Framework.DEFAULT_KEY.equals(framework)) {
            query.append("framework=").append(framework);
        }
        if (differencesOnly) {
            query.append(query.isEmpty() ? "" : "&").append("diff=true");
        }
        if (size != null) {
            query.append(query.isEmpty() ? "" : "&").append("size=").append(size.key().replace("+", "%2B"));
        }
        return query.toString();
    }

    static String withQuery(String path, String query) {
        return query.isEmpty() ? path : path + "?" + query;
    }
}
