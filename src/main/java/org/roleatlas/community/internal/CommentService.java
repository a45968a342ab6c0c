package org.roleatlas.community.internal;

import java.time.Clock;

import org.roleatlas.accounts.Member;
import org.roleatlas.system.ForbiddenException;
import org.roleatlas.system.NotFoundException;
import org.roleatlas.system.markdown.MarkdownRenderer;
import org.roleatlas.system.ratelimit.RateLimiter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing comments on questions and answers: the same rules as posts (the {@code post} rate limit, Markdown
 * rendered and sanitised once, only the author edits or deletes), but short. A comment on a deleted post, or on
 * an answer of a deleted question, is a 404 like the post itself.
 */
@Service
class CommentService {

    private final QuestionService questions;
    private final CommentRepository repository;
    private final MarkdownRenderer markdown;
    private final RateLimiter rateLimiter;
    private final SearchEvents search;
    private final Clock clock;

    CommentService(QuestionService questions, CommentRepository repository, MarkdownRenderer markdown,
                   RateLimiter rateLimiter, SearchEvents search) {
        this.search = search;
        this.questions = questions;
        this.repository = repository;
        this.markdown = markdown;
        this.rateLimiter = rateLimiter;
        this.clock = Clock.systemUTC();
    }

    /** What a write changed, and the question page it shows on (for redirects). */
    record Written(long commentId, long questionId) {
    }

    @Transactional
    Written add(Member author, PostKind kind, long postId, String text, boolean anonymous) {
        long questionId = questionOf(kind, postId);
        PostRules rules = new PostRules();
        String body = rules.comment(text);
        rules.check();
        // after the checks, as for posts: a mistyped comment does not use up the member's posts
        rateLimiter.tryAcquire("post", Long.toString(author.id())).orThrow("posting");
        long id = repository.insert(kind, postId, author.id(), anonymous, body, markdown.toHtml(body), clock.instant());
        search.comment(id);
        return new Written(id, questionId);
    }

    @Transactional
    Written edit(Member editor, long id, String text) {
        CommentRow before = own(editor, id);
        PostRules rules = new PostRules();
        String body = rules.comment(text);
        rules.check();
        repository.edit(before, editor.id(), body, markdown.toHtml(body), clock.instant());
        search.comment(id);
        return new Written(id, questionOf(before.kind(), before.postId()));
    }

    @Transactional
    Written delete(Member member, long id) {
        CommentRow comment = own(member, id);
        repository.delete(comment, clock.instant());
        search.comment(id);
        return new Written(id, questionOf(comment.kind(), comment.postId()));
    }

    /** @throws NotFoundException if the comment, its post or the post's question is deleted */
    CommentRow comment(long id) {
        CommentRow comment = repository.comment(id)
                .orElseThrow(() -> new NotFoundException("There is no comment " + id + "."));
        questionOf(comment.kind(), comment.postId());
        return comment;
    }

    /** @throws ForbiddenException unless the member wrote it */
    CommentRow own(Member member, long id) {
        CommentRow comment = comment(id);
        if (comment.authorId() != member.id()) {
            throw new ForbiddenException("Only its author can change comment " + id + ".");
        }
        return comment;
    }

    /** @throws NotFoundException if the post (or the question of an answer) does not exist or is deleted */
    long questionOf(PostKind kind, long postId) {
        return kind == PostKind.QUESTION ? questions.question(postId).id() : questions.answer(postId).questionId();
    }
}
