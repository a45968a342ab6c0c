package org.roleatlas.views;

import jakarta.servlet.http.HttpServletRequest;

/** Question views: counting a reader's visit, and the views counted on this node that are not written yet. */
public interface ViewCounting {

    /**
     * Counts a view of the question's page, unless a crawler says it is one or the same visitor viewed the question
     * within the window. In memory; written a few seconds later.
     *
     * @param memberId the signed-in member, or null for a reader who is not signed in
     */
    void view(long questionId, Long memberId, HttpServletRequest request);

    /** Views of the question counted on this node and not yet written: add them to the stored count. */
    long pending(long questionId);
}
