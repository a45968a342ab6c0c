package org.roleatlas.catalog;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads catalogue files (YAML, or JSON, which YAML reads too) in the format of docs/CATALOG-FORMAT.md.
 * A file holds one role, one framework, a list of roles or families, or a bundle with
 * {@code families}, {@code frameworks} and {@code roles}; several YAML documents may follow each other.
 */
public final class CatalogDocuments {

    private static final Set<String> ROLE_FIELDS = Set.of("slug", "title", "abbreviation", "aliases", "family",
            "summary", "reportsTo", "nextRoles", "values", "level", "sometimesReportsTo", "dottedLineTo", "variants");
    private static final Set<String> FRAMEWORK_FIELDS = Set.of("key", "name", "description", "dimensions");
    private static final Set<String> DIMENSION_FIELDS = Set.of("key", "label", "description");
    private static final Set<String> FAMILY_FIELDS = Set.of("key", "label");
    private static final Set<String> BUNDLE_FIELDS = Set.of("families", "frameworks", "roles");

    private CatalogDocuments() {
    }

    public static CatalogDocument read(String text, String source) {
        YamlTree tree = new YamlTree(source);
        List<CatalogDocument> documents = new ArrayList<>();
        try {
            for (Node root : yaml().composeAll(new StringReader(text))) {
                documents.add(readRoot(tree, root));
            }
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            throw new CatalogFormatException(source, line, "not valid YAML or JSON: " + e.getProblem());
        } catch (YAMLException e) {
            throw new CatalogFormatException(source, 1, "not valid YAML or JSON: " + e.getMessage());
        }
        if (documents.isEmpty()) {
            throw new CatalogFormatException(source, 1, "the file is empty");
        }
        return CatalogDocument.merge(documents);
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(6 * 1024 * 1024);
        options.setAllowDuplicateKeys(false);
        return new Yaml(options);
    }

    private static CatalogDocument readRoot(YamlTree tree, Node root) {
        List<Located<Family>> families = new ArrayList<>();
        List<Located<Framework>> frameworks = new ArrayList<>();
        List<Located<Role>> roles = new ArrayList<>();
        if (root instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (hasKey(item, "slug")) {
                    roles.add(readRole(tree, item));
                } else {
                    families.add(readFamily(tree, item));
                }
            }
        } else if (hasKey(root, "slug")) {
            roles.add(readRole(tree, root));
        } else if (hasKey(root, "dimensions")) {
            frameworks.add(readFramework(tree, root));
        } else {
            Map<String, Node> bundle = tree.mapping(root, "a catalogue file", BUNDLE_FIELDS);
            if (bundle.isEmpty()) {
                throw tree.problem(root, "expected a role (with 'slug'), a framework (with 'dimensions') or a bundle"
                        + " with 'families', 'frameworks' and 'roles'");
            }
            listOf(tree, bundle.get("families"), "families").forEach(n -> families.add(readFamily(tree, n)));
            listOf(tree, bundle.get("frameworks"), "frameworks").forEach(n -> frameworks.add(readFramework(tree, n)));
            listOf(tree, bundle.get("roles"), "roles").forEach(n -> roles.add(readRole(tree, n)));
        }
        return new CatalogDocument(families, frameworks, roles);
    }

    private static List<Node> listOf(YamlTree tree, Node node, String what) {
        return node == null ? List.of() : tree.sequence(node, "'" + what + "'");
    }

    private static boolean hasKey(Node node, String key) {
        return node instanceof MappingNode m && m.getValue().stream()
                .anyMatch(t -> t.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode s && s.getValue().equals(key));
    }

    private static Located<Role> readRole(YamlTree tree, Node node) {
        Map<String, Node> fields = tree.mapping(node, "a role", ROLE_FIELDS);
        Map<String, Integer> lines = new HashMap<>();
        fields.forEach((k, v) -> lines.put(k, YamlTree.lineOf(v)));
        String slug = checkedKey(tree, fields, "slug", node, "a role");
        if (("-" + slug + "-").contains("-vs-")) {
            throw tree.problem(fields.get("slug"), "a role slug must not contain the word 'vs' (it separates roles in comparison URLs)");
        }
        String title = tree.requiredText(fields, "title", node, "role '" + slug + "'");
        String family = tree.requiredText(fields, "family", node, "role '" + slug + "'");
        String summary = tree.optionalText(fields, "summary");
        Map<String, String> values = new LinkedHashMap<>();
        if (fields.containsKey("values")) {
            tree.keyedTexts(fields.get("values"), "'values'").forEach((key, valueNode) -> {
                lines.put("values." + key, YamlTree.lineOf(valueNode));
                values.put(key, YamlTree.oneLine(tree.scalar(valueNode, "the value of '" + key + "'")));
            });
        }
        Role role = new Role(slug, title, tree.optionalText(fields, "abbreviation"), tree.texts(fields, "aliases", lines),
                family, summary, values, tree.texts(fields, "reportsTo", lines), tree.texts(fields, "nextRoles", lines),
                readLevel(tree, fields.get("level")), tree.texts(fields, "sometimesReportsTo", lines),
                tree.texts(fields, "dottedLineTo", lines), readVariants(tree, fields.get("variants"), lines));
        return new Located<>(role, tree.source(), YamlTree.lineOf(node), lines);
    }

    private static int readLevel(YamlTree tree, Node node) {
        if (node == null) {
            return RoleLevel.NOT_SET;
        }
        String text = YamlTree.oneLine(tree.scalar(node, "'level'"));
        try {
            int level = Integer.parseInt(text);
            if (level >= 1 && level <= RoleLevel.MAX) {
                return level;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw tree.problem(node, "'level' must be a whole number from 1 to " + RoleLevel.MAX + ", got '" + text + "'");
    }

    /** {@code variants: {dimension-key: {size-band: text}}}; band keys are checked here, dimension keys by the rules. */
    private static Map<String, Map<String, String>> readVariants(YamlTree tree, Node node, Map<String, Integer> lines) {
        Map<String, Map<String, String>> variants = new LinkedHashMap<>();
        if (node == null) {
            return variants;
        }
        tree.keyedTexts(node, "'variants'").forEach((dimension, bandsNode) -> {
            Map<String, String> bands = new LinkedHashMap<>();
            tree.keyedTexts(bandsNode, "the variants of '" + dimension + "'").forEach((band, textNode) -> {
                if (SizeBand.fromKey(band).isEmpty()) {
                    throw tree.problem(textNode, "unknown company size '" + band + "' in the variants of '" + dimension
                            + "' (known: " + SizeBand.keys() + ")");
                }
                String text = YamlTree.oneLine(tree.scalar(textNode, "the variant '" + band + "' of '" + dimension + "'"));
                if (text.isEmpty()) {
                    throw tree.problem(textNode, "the variant '" + band + "' of '" + dimension + "' must not be empty");
                }
                lines.put("variants." + dimension + "." + band, YamlTree.lineOf(textNode));
                bands.put(band, text);
            });
            lines.put("variants." + dimension, YamlTree.lineOf(bandsNode));
            variants.put(dimension, bands);
        });
        return variants;
    }

    private static Located<Framework> readFramework(YamlTree tree, Node node) {
        Map<String, Node> fields = tree.mapping(node, "a framework", FRAMEWORK_FIELDS);
        Map<String, Integer> lines = new HashMap<>();
        String key = checkedKey(tree, fields, "key", node, "a framework");
        String name = tree.requiredText(fields, "name", node, "framework '" + key + "'");
        String description = tree.optionalText(fields, "description");
        List<Dimension> dimensions = new ArrayList<>();
        for (Node dimensionNode : listOf(tree, fields.get("dimensions"), "dimensions")) {
            Map<String, Node> d = tree.mapping(dimensionNode, "a dimension", DIMENSION_FIELDS);
            String dimensionKey = checkedKey(tree, d, "key", dimensionNode, "a dimension");
            lines.put("dimensions." + dimensions.size(), YamlTree.lineOf(dimensionNode));
            String label = tree.optionalText(d, "label");
            String dimensionDescription = tree.optionalText(d, "description");
            dimensions.add(new Dimension(dimensionKey, label, dimensionDescription == null ? "" : dimensionDescription));
        }
        if (dimensions.isEmpty()) {
            throw tree.problem(node, "framework '" + key + "' has no dimensions");
        }
        Framework framework = new Framework(key, name, description == null ? "" : description, dimensions);
        return new Located<>(framework, tree.source(), YamlTree.lineOf(node), lines);
    }

    private static Located<Family> readFamily(YamlTree tree, Node node) {
        Map<String, Node> fields = tree.mapping(node, "a family", FAMILY_FIELDS);
        String key = checkedKey(tree, fields, "key", node, "a family");
        String label = tree.requiredText(fields, "label", node, "family '" + key + "'");
        return new Located<>(new Family(key, label), tree.source(), YamlTree.lineOf(node), Map.of());
    }

    /** Slugs and keys appear in URLs and files: lower-case words joined by '-'. */
    private static String checkedKey(YamlTree tree, Map<String, Node> fields, String field, Node owner, String what) {
        String key = tree.requiredText(fields, field, owner, what);
        Node node = fields.get(field);
        if (!RoleNames.isValidSlug(key)) {
            throw tree.problem(node, "'" + field + "' must be lower-case letters, digits and single '-' (at most 80), got '"
                    + key + "'");
        }
        return key;
    }
}
