package org.roleatlas.system.markdown;

import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.ext.gfm.tables.TableCell;

/** The visible words of a parsed text, for snippets and search: blocks, cells and line breaks become spaces. */
final class PlainText {

    private PlainText() {
    }

    static String of(Node document) {
        StringBuilder out = new StringBuilder();
        append(document, out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /** Recursion is bounded: the tree has been through {@link NestingLimit}. */
    private static void append(Node node, StringBuilder out) {
        String literal = literal(node);
        if (literal != null) {
            out.append(literal);
        } else {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                append(child, out);
            }
        }
        if (node instanceof Block || node instanceof TableCell
                || node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.append(' ');
        }
    }

    private static String literal(Node node) {
        if (node instanceof Text text) {
            return text.getLiteral();
        } else if (node instanceof Code code) {
            return code.getLiteral();
        } else if (node instanceof FencedCodeBlock code) {
            return code.getLiteral();
        } else if (node instanceof IndentedCodeBlock code) {
            return code.getLiteral();
        } else if (node instanceof HtmlInline html) {
            return html.getLiteral();
        } else if (node instanceof HtmlBlock html) {
            return html.getLiteral();
        }
        return null;
    }
}
