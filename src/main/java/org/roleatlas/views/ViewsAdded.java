package org.roleatlas.views;

import java.util.List;

/**
 * Views were added to these questions' {@code view_count}. Published inside the flush's transaction, after the
 * counts; the questions module listens synchronously to keep its role feeds' copy of the count in step.
 */
public record ViewsAdded(List<Long> questionIds) {

    public ViewsAdded {
        questionIds = List.copyOf(questionIds);
    }
}
