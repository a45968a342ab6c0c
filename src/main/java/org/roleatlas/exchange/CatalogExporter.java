package org.roleatlas.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Dimension;
import org.roleatlas.catalog.Family;
import org.roleatlas.catalog.Framework;
import org.roleatlas.catalog.Role;
import org.roleatlas.catalog.RoleLevel;
import org.roleatlas.catalog.SizeBand;
import org.springframework.stereotype.Service;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the catalogue in the format {@link CatalogImporter} reads (docs/CATALOG-FORMAT.md): to one bundle, or to
 * a directory laid out like the shipped catalogue (families, frameworks/KEY, roles/SLUG), so an export can be
 * edited and imported back, or reviewed in version control.
 */
@Service
public class CatalogExporter {

    public enum Format {
        YAML("yaml"), JSON("json");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Catalog catalog;

    public CatalogExporter(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The whole catalogue as one document with {@code families}, {@code frameworks} and {@code roles}. */
    public String bundle(Format format) {
        CatalogSnapshot snapshot = catalog.snapshot();
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("families", snapshot.families().stream().map(CatalogExporter::family).toList());
        bundle.put("frameworks", snapshot.frameworks().stream().map(CatalogExporter::framework).toList());
        bundle.put("roles", snapshot.roles().stream().map(r -> role(r, snapshot)).toList());
        return write(bundle, format);
    }

    /** @return the files written, relative to {@code directory} */
    public List<Path> toDirectory(Path directory, Format format) {
        CatalogSnapshot snapshot = catalog.snapshot();
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(directory.resolve("frameworks"));
            Files.createDirectories(directory.resolve("roles"));
            written.add(save(directory, Path.of("families." + format.extension),
                    write(snapshot.families().stream().map(CatalogExporter::family).toList(), format)));
            for (Framework f : snapshot.frameworks()) {
                written.add(save(directory, Path.of("frameworks", f.key() + "." + format.extension), write(framework(f), format)));
            }
            for (Role r : snapshot.roles()) {
                written.add(save(directory, Path.of("roles", r.slug() + "." + format.extension), write(role(r, snapshot), format)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + directory + ": " + e.getMessage(), e);
        }
        return written;
    }

    private static Path save(Path directory, Path relative, String text) throws IOException {
        Files.writeString(directory.resolve(relative), text, StandardCharsets.UTF_8);
        return relative;
    }

    private static String write(Object document, Format format) {
        if (format == Format.JSON) {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n";
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setSplitLines(false);
        options.setIndentWithIndicator(true);
        options.setIndicatorIndent(2);
        options.setAllowUnicode(true);
        return new Yaml(options).dump(document);
    }

    private static Map<String, Object> family(Family f) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("key", f.key());
        map.put("label", f.label());
        return map;
    }

    private static Map<String, Object> framework(Framework f) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("key", f.key());
        map.put("name", f.name());
        map.put("description", f.description());
        List<Map<String, Object>> dimensions = new ArrayList<>();
        for (Dimension d : f.dimensions()) {
            Map<String, Object> dimension = new LinkedHashMap<>();
            dimension.put("key", d.key());
            dimension.put("label", d.label());
            dimension.put("description", d.description());
            dimensions.add(dimension);
        }
        map.put("dimensions", dimensions);
        return map;
    }

    private static Map<String, String> sizeOrder(Map<String, String> bands) {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (SizeBand band : SizeBand.values()) {
            if (bands.containsKey(band.key())) {
                ordered.put(band.key(), bands.get(band.key()));
            }
        }
        return ordered;
    }

    /** Values in framework order (default first), then any dimension no framework uses, by key. */
    private static Map<String, Object> role(Role r, CatalogSnapshot snapshot) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("slug", r.slug());
        map.put("title", r.title());
        if (r.abbreviation() != null) {
            map.put("abbreviation", r.abbreviation());
        }
        map.put("aliases", r.aliases());
        map.put("family", r.familyKey());
        map.put("summary", r.summary());
        if (r.level() != RoleLevel.NOT_SET) {
            map.put("level", r.level());
        }
        map.put("reportsTo", r.reportsTo());
        if (!r.sometimesReportsTo().isEmpty()) {
            map.put("sometimesReportsTo", r.sometimesReportsTo());
        }
        if (!r.dottedLineTo().isEmpty()) {
            map.put("dottedLineTo", r.dottedLineTo());
        }
        map.put("nextRoles", r.nextRoles());
        Set<String> order = new LinkedHashSet<>();
        snapshot.frameworks().forEach(f -> f.dimensions().forEach(d -> order.add(d.key())));
        r.values().keySet().stream().sorted().forEach(order::add);
        r.variants().keySet().stream().sorted().forEach(order::add);
        Map<String, String> values = new LinkedHashMap<>();
        order.stream().filter(r.values()::containsKey).forEach(k -> values.put(k, r.values().get(k)));
        map.put("values", values);
        if (!r.variants().isEmpty()) {
            Map<String, Object> variants = new LinkedHashMap<>();
            order.stream().filter(r.variants()::containsKey).forEach(k -> variants.put(k, sizeOrder(r.variants().get(k))));
            map.put("variants", variants);
        }
        return map;
    }
}
