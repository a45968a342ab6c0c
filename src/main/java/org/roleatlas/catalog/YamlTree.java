package org.roleatlas.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads SnakeYAML's node tree (which keeps line numbers) with errors that name file and line.
 * We walk nodes rather than bind to objects so that every problem can point at its line.
 */
final class YamlTree {

    private final String source;

    YamlTree(String source) {
        this.source = source;
    }

    String source() {
        return source;
    }

    static int lineOf(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    CatalogFormatException problem(Node node, String reason) {
        return new CatalogFormatException(source, lineOf(node), reason);
    }

    /** A mapping's entries by key, rejecting duplicate keys and keys outside {@code allowed}. */
    Map<String, Node> mapping(Node node, String what, Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            throw problem(node, what + " must be a mapping of fields");
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode(), "a field name");
            if (!allowed.contains(key)) {
                throw problem(tuple.getKeyNode(), "unknown field '" + key + "' in " + what + " (allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
            if (fields.put(key, tuple.getValueNode()) != null) {
                throw problem(tuple.getKeyNode(), "field '" + key + "' appears twice in " + what);
            }
        }
        return fields;
    }

    /** Like {@link #mapping} but for free-form keys (dimension values), keeping the key nodes for lines. */
    Map<String, Node> keyedTexts(Node node, String what) {
        if (!(node instanceof MappingNode mapping)) {
            throw problem(node, what + " must be a mapping of key: text");
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode(), "a key");
            if (entries.put(key, tuple.getValueNode()) != null) {
                throw problem(tuple.getKeyNode(), "'" + key + "' appears twice in " + what);
            }
        }
        return entries;
    }

    List<Node> sequence(Node node, String what) {
        if (!(node instanceof SequenceNode sequence)) {
            throw problem(node, what + " must be a list");
        }
        return sequence.getValue();
    }

    String scalar(Node node, String what) {
        if (!(node instanceof ScalarNode scalar)) {
            throw problem(node, what + " must be text");
        }
        return scalar.getValue();
    }

    String requiredText(Map<String, Node> fields, String key, Node owner, String what) {
        Node node = fields.get(key);
        if (node == null || isNull(node)) {
            throw problem(node == null ? owner : node, what + " is missing the field '" + key + "'");
        }
        String text = oneLine(scalar(node, "'" + key + "'"));
        if (text.isEmpty()) {
            throw problem(node, "'" + key + "' must not be empty");
        }
        return text;
    }

    String optionalText(Map<String, Node> fields, String key) {
        Node node = fields.get(key);
        if (node == null || isNull(node)) {
            return null;
        }
        return oneLine(scalar(node, "'" + key + "'"));
    }

    List<String> texts(Map<String, Node> fields, String key, Map<String, Integer> lines) {
        Node node = fields.get(key);
        List<String> texts = new ArrayList<>();
        if (node == null) {
            return texts;
        }
        List<Node> items = sequence(node, "'" + key + "'");
        for (Node item : items) {
            lines.put(key + "." + texts.size(), lineOf(item));
            texts.add(oneLine(scalar(item, "each entry of '" + key + "'")));
        }
        return texts;
    }

    /** YAML's null ({@code ~}, {@code null}, or nothing after the colon) counts as a missing value. */
    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().getValue().endsWith(":null");
    }

    /** Cells are single lines: YAML block scalars and stray whitespace collapse to single spaces. */
    static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
