/**
 * Question views: counting them in memory per visitor and window, without a cookie, and adding them to
 * {@code question.view_count} in batches (the only column it writes). Public API:
 * {@link org.roleatlas.views.ViewCounting} (count a view, and the views not written yet) and
 * {@link org.roleatlas.views.ViewCounts} (how a count reads: "11.7k views").
 */
@org.springframework.modulith.ApplicationModule(displayName = "Views")
package org.roleatlas.views;
