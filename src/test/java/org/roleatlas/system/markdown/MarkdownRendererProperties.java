package org.roleatlas.system.markdown;

import org.roleatlas.InertHtml;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MarkdownRendererProperties {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Property(tries = 1000)
    void anyStringRendersWithoutExceptionToInertHtml(@ForAll String markdown) {
        InertHtml.assertInert(renderer.toHtml(markdown), markdown);
        renderer.toPlainText(markdown);
    }

    /** Arbitrary strings rarely form markup, so this one is built from the pieces attacks are made of. */
    @Property(tries = 2000)
    void markupLikeStringsRenderToInertHtml(@ForAll("markupLike") String markdown) {
        InertHtml.assertInert(renderer.toHtml(markdown), markdown);
        renderer.toPlainText(markdown);
    }

    @Provide
    Arbitrary<String> markupLike() {
        Arbitrary<String> piece = Arbitraries.of("<", ">", "</", "/>", "script", "svg", "img", "a", "iframe",
                "style", " ", "\n", "\n\n", "\t", "=", "\"", "'", "`", "```", "[", "]", "(", ")", "![", "]:",
                "javascript:", "JaVaScRiPt:", "vbscript:", "data:", "&#", "&#x", ";", "6A", "106", "&colon;",
                "onerror", "onload", "href", "src", "style", "url(", "expression(", "alert(1)", "<!--", "-->",
                "<![CDATA[", "]]>", "http://", "https://", "www.", "mailto:", "*", "_", "~~", "|", "---", "> ",
                "- ", "1. ", "# ", "\\", "%0a", "{{", "}}", "a", "x");
        return piece.list().ofMaxSize(40).map(pieces -> String.join("", pieces));
    }
}
