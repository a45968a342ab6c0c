package org.roleatlas.questions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class RenderedPageTest {

    private static RenderedPage of(String html) {
        return RenderedPage.of(html.getBytes(StandardCharsets.UTF_8));
    }

    private static String served(RenderedPage page, long views) {
        return new String(page.with(views), StandardCharsets.UTF_8);
    }

    @Test
    void theViewCountOfTheMomentReplacesTheOneRendered() {
        RenderedPage page = of("<h1>Café</h1><p><span class=\"view-count\">5 views</span> · 2 upvotes</p>"
                + "<span class=\"view-count\">member text</span>");

        assertThat(served(page, 1)).isEqualTo("<h1>Café</h1><p><span class=\"view-count\">1 view</span> · 2 upvotes</p>"
                + "<span class=\"view-count\">member text</span>");
        assertThat(served(page, 11_749)).contains(">11.7k views</span> · 2 upvotes");
    }

    @Test
    void aPageWithoutAViewCountIsServedAsRendered() {
        assertThat(served(of("<p>No count <span class=\"view-count\">open</p>"), 9))
                .isEqualTo("<p>No count <span class=\"view-count\">open</p>");
        assertThat(served(of(""), 9)).isEmpty();
    }
}
