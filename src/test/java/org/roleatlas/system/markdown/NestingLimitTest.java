package org.roleatlas.system.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

class NestingLimitTest {

    @Test
    void unwrapsNodesBelowTheLimitKeepingTheirContentInOrder() {
        Document document = new Document();
        Node parent = document;
        for (int i = 0; i < 100_000; i++) { // far deeper than a recursive renderer survives
            BlockQuote quote = new BlockQuote();
            parent.appendChild(quote);
            parent = quote;
        }
        Paragraph first = new Paragraph();
        first.appendChild(new Text("first"));
        Paragraph second = new Paragraph();
        second.appendChild(new Text("second"));
        parent.appendChild(first);
        parent.appendChild(second);

        NestingLimit.flatten(document);

        // Below the limit only leaves remain: the texts, in order, directly in the deepest quote kept.
        assertThat(depth(document)).isEqualTo(NestingLimit.MAX_DEPTH + 1);
        String html = HtmlRenderer.builder().build().render(document);
        assertThat(html).endsWith("<blockquote>\nfirstsecond\n</blockquote>\n"
                + "</blockquote>\n".repeat(NestingLimit.MAX_DEPTH - 1));
    }

    @Test
    void leavesShallowTreesAlone() {
        Document document = new Document();
        BlockQuote quote = new BlockQuote();
        Paragraph paragraph = new Paragraph();
        paragraph.appendChild(new Text("x"));
        quote.appendChild(paragraph);
        document.appendChild(quote);

        NestingLimit.flatten(document);

        assertThat(document.getFirstChild()).isSameAs(quote);
        assertThat(quote.getFirstChild()).isSameAs(paragraph);
    }

    private static int depth(Node node) {
        int deepest = 0;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            deepest = Math.max(deepest, 1 + depth(child));
        }
        return deepest;
    }
}
