package org.roleatlas.questions.internal;

import java.util.List;

import org.roleatlas.comments.CommentChanged;
import org.roleatlas.moderation.PostModerated;
import org.roleatlas.search.ContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells search what a write changed. Called inside the write's transaction, so the search module's change log row
 * commits with the write (docs/decisions/0015). A thread's title and its deletion show on every post in it, so those
 * writes name the answers and comments too. Comments and moderators' actions arrive as the events of their modules,
 * handled in the publisher's transaction.
 */
@Component
record SearchEvents(ApplicationEventPublisher events, PostSearchRows rows) {

    void question(long id) {
        events.publishEvent(ContentChanged.of(CommunitySearchSources.QUESTION, id));
    }

    /** The question and everything shown under it. */
    void thread(long questionId) {
        question(questionId);
        rows.answerIds(questionId).forEach(this::answerOnly);
        rows.commentIds(questionId).forEach(this::comment);
    }

    /** The answer and its comments. */
    void answer(long id) {
        answerOnly(id);
        rows.commentIdsOnAnswer(id).forEach(this::comment);
    }

    /** A post was hidden, unhidden or approved: what shows under it follows its visibility. */
    @EventListener
    void moderated(PostModerated event) {
        long id = event.post().id();
        switch (event.post().kind()) {
            case QUESTION -> thread(id);
            case ANSWER -> answer(id);
            case COMMENT -> comment(id);
        }
    }

    /** A comment was written, edited or deleted: on a question or an answer, on an article or anything else. */
    @EventListener
    void commented(CommentChanged event) {
        comment(event.commentId());
    }

    /** Posts written by a bulk load: each is new, so each is named once, with nothing under it to follow. */
    void loaded(List<Long> questionIds, List<Long> answerIds, List<Long> commentIds) {
        questionIds.forEach(this::question);
        answerIds.forEach(this::answerOnly);
        commentIds.forEach(this::comment);
    }

    void comment(long id) {
        events.publishEvent(ContentChanged.of(CommunitySearchSources.COMMENT, id));
    }

    private void answerOnly(long id) {
        events.publishEvent(ContentChanged.of(CommunitySearchSources.ANSWER, id));
    }
}
