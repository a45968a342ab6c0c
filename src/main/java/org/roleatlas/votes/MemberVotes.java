package org.roleatlas.votes;

import java.util.Set;

import org.roleatlas.posts.PostRef;

/** Which posts a member has upvoted, for the pages that mark them. */
public interface MemberVotes {

    /** The posts of one question page (the question and its answers) the member has upvoted, in one query. */
    Set<PostRef> onQuestionPage(long memberId, long questionId);
}
