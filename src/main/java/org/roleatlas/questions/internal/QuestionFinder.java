package org.roleatlas.questions.internal;

import java.util.Set;

import org.roleatlas.posts.FoundPost;
import org.roleatlas.posts.PostFinder;
import org.roleatlas.posts.PostKind;
import org.roleatlas.posts.PostRef;
import org.roleatlas.posts.Viewer;
import org.springframework.stereotype.Component;

/** Questions and answers for the modules that act on them without owning them: votes, comments, flags. */
@Component
class QuestionFinder implements PostFinder {

    private final QuestionService questions;

    QuestionFinder(QuestionService questions) {
        this.questions = questions;
    }

    @Override
    public Set<PostKind> kinds() {
        return Set.of(PostKind.QUESTION, PostKind.ANSWER);
    }

    @Override
    public FoundPost find(PostRef post, Viewer viewer) {
        if (post.kind() == PostKind.QUESTION) {
            QuestionRow q = questions.question(post.id(), viewer);
            return new FoundPost(post, q.id(), q.authorId(), q.title(), q.commentCount());
        }
        AnswerRow a = questions.answer(post.id(), viewer);
        return new FoundPost(post, a.questionId(), a.authorId(), null, a.commentCount());
    }
}
