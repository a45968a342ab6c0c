package org.roleatlas.comments;

import java.util.List;
import java.util.Map;

import org.roleatlas.posts.Authors;
import org.roleatlas.posts.PostKind;
import org.roleatlas.posts.PostRef;
import org.roleatlas.posts.Viewer;

/** The comments a question page shows under the question and under each answer (the questions module builds it). */
public interface QuestionPageComments {

    /**
     * The first comments of the question and of each answer, keyed by post, in one query (a window per post), so a
     * question page with many answers costs one round trip for all its comments.
     */
    FirstComments firstOnQuestionPage(long questionId, Viewer viewer);

    /** The thread under a post on its question page: the first comments and a link to the next ones. */
    CommentThread firstThread(long questionId, PostKind kind, long postId, int count, FirstComments first,
                              Authors.Signer signer, Viewer viewer);
}
