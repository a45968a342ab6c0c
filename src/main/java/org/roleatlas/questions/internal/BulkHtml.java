package org.roleatlas.questions.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.roleatlas.system.markdown.MarkdownRenderer;
import org.springframework.stereotype.Component;

/**
 * The HTML of texts loaded in bulk. Generated communities reuse a limited set of texts, so each distinct text is
 * rendered once and its HTML remembered in a bounded cache: the stored HTML is exactly what the renderer makes of it.
 */
@Component
class BulkHtml {

    static final int KEPT = 50_000;

    private final MarkdownRenderer markdown;
    private final Cache<String, String> rendered = Caffeine.newBuilder().maximumSize(KEPT).build();

    BulkHtml(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    String of(String markdownText) {
        return rendered.get(markdownText, markdown::toHtml);
    }
}
