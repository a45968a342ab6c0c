package org.roleatlas.questions.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.roleatlas.views.ViewCounts;

/**
 * A question page's bytes for readers who are not signed in, cut around its view count, so that the count written
 * into it is the one of the moment it is served (views are counted in memory between two reads of the page) while
 * the rest is rendered once.
 *
 * @param head everything up to the view count
 * @param tail everything after it
 */
record RenderedPage(byte[] head, byte[] tail) {

    /** Where question.jte writes the count; the first such element on the page, before any member's text. */
    private static final byte[] OPEN = "<span class=\"view-count\">".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CLOSE = "</span>".getBytes(StandardCharsets.UTF_8);

    /** Cuts a rendered page around its view count; a page without one (never question.jte's) is served whole. */
    static RenderedPage of(byte[] page) {
        int open = indexOf(page, OPEN, 0);
        int close = open < 0 ? -1 : indexOf(page, CLOSE, open + OPEN.length);
        if (close < 0) {
            return new RenderedPage(page, null);
        }
        int start = open + OPEN.length;
        return new RenderedPage(Arrays.copyOfRange(page, 0, start), Arrays.copyOfRange(page, close, page.length));
    }

    /** The page with this view count. */
    byte[] with(long views) {
        if (tail == null) {
            return head;
        }
        byte[] count = ViewCounts.views(views).getBytes(StandardCharsets.UTF_8);
        byte[] page = Arrays.copyOf(head, head.length + count.length + tail.length);
        System.arraycopy(count, 0, page, head.length, count.length);
        System.arraycopy(tail, 0, page, head.length + count.length, tail.length);
        return page;
    }

    private static int indexOf(byte[] bytes, byte[] part, int from) {
        outer:
        for (int i = from; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
