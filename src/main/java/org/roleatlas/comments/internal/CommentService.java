package org.roleatlas.comments.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.roleatlas.accounts.Member;
import org.roleatlas.comments.CommentPosted;
import org.roleatlas.comments.CommentRow;
import org.roleatlas.comments.CommentTargets;
import org.roleatlas.moderation.PostHolds;
import org.roleatlas.posts.FoundPost;
import org.roleatlas.posts.ModerationState;
import org.roleatlas.posts.PostFinder;
import org.roleatlas.posts.PostKind;
import org.roleatlas.posts.PostRef;
import org.roleatlas.posts.PostRules;
import org.roleatlas.posts.Posts;
import org.roleatlas.posts.Viewer;
import org.roleatlas.system.errors.ForbiddenException;
import org.roleatlas.system.errors.NotFoundException;
import org.roleatlas.system.markdown.MarkdownRenderer;
import org.roleatlas.system.ratelimit.RateLimiter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing comments on questions and answers, and on other modules' content ({@link CommentTargets}): the same
 * rules as posts (the {@code post} rate limit, Markdown rendered and sanitised once, only the author edits or
 * deletes), but short. A comment on a deleted post, on an answer of a deleted question, or on content its module
 * does not show, is a 404 like the post itself.
 */
@Service
public class CommentService implements PostFinder {

    private final Posts posts;
    private final CommentRepository repository;
    private final MarkdownRenderer markdown;
    private final RateLimiter rateLimiter;
    private final List<CommentTargets> targets;
    private final CommentEvents search;
    private final PostHolds hold;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CommentService(Posts posts, CommentRepository repository, MarkdownRenderer markdown,
                   RateLimiter rateLimiter, List<CommentTargets> targets, PostHolds hold,
                   CommentEvents search, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.search = search;
        this.posts = posts;
        this.targets = List.copyOf(targets);
        this.repository = repository;
        this.markdown = markdown;
        this.rateLimiter = rateLimiter;
        this.hold = hold;
        this.clock = clock;
    }

    /** What a write changed, and the page it shows on (for redirects). */
    public record Written(long commentId, String page) {
    }

    @Transactional
    public Written add(Member author, PostKind kind, long postId, String text, boolean anonymous) {
        return add(author, kind.table(), postId, text, anonymous);
    }

    /** @param on a {@link PostKind} name or the kind of a registered {@link CommentTargets} */
    @Transactional
    Written add(Member author, String on, long postId, String text, boolean anonymous) {
        String page = pageOf(on, postId, Viewer.of(author));
        String body = PostRules.checkedComment(text);
        // after the checks, as for posts: a mistyped comment does not use up the member's posts
        rateLimiter.tryAcquire("post", Long.toString(author.id())).orThrow("posting");
        ModerationState state = hold.stateOfNewPost(author);
        long id = repository.insert(on, postId, author.id(), anonymous, body, markdown.toHtml(body),
                state, clock.instant());
        search.comment(id);
        Optional<FoundPost> post = PostKind.find(on).filter(PostKind::takesComments)
                .map(kind -> posts.find(new PostRef(kind, postId), Viewer.of(author)));
        events.publishEvent(new CommentPosted(id, page, on, post.map(FoundPost::authorId).orElse(0L),
                post.map(FoundPost::title).orElse(null), author.id(), anonymous, body, state == ModerationState.HELD));
        return new Written(id, page);
    }

    @Transactional
    Written edit(Member editor, long id, String text) {
        CommentRow before = own(editor, id);
        String body = PostRules.checkedComment(text);
        rateLimiter.tryAcquire("edit", Long.toString(editor.id())).orThrow("editing");
        repository.edit(before, editor.id(), body, markdown.toHtml(body), clock.instant());
        search.comment(id);
        return new Written(id, pageOf(before.on(), before.postId(), Viewer.of(editor)));
    }

    @Transactional
    Written delete(Member member, long id) {
        CommentRow comment = own(member, id);
        repository.delete(comment, clock.instant());
        search.comment(id);
        return new Written(id, pageOf(comment.on(), comment.postId(), Viewer.of(member)));
    }

    /** @throws NotFoundException unless the viewer may see the comment, its post and the post's question */
    CommentRow comment(long id, Viewer viewer) {
        CommentRow comment = repository.comment(id, viewer)
                .orElseThrow(() -> new NotFoundException("There is no comment " + id + "."));
        pageOf(comment.on(), comment.postId(), viewer);
        return comment;
    }

    /** @throws ForbiddenException unless the member wrote it */
    CommentRow own(Member member, long id) {
        CommentRow comment = comment(id, Viewer.of(member));
        if (comment.authorId() != member.id()) {
            throw new ForbiddenException("Only its author can change comment " + id + ".");
        }
        return comment;
    }

    /**
     * The page the post's comments show on.
     *
     * @throws NotFoundException if the post (or the question of an answer) is gone, or its module does not show it
     */
    String pageOf(String on, long postId, Viewer viewer) {
        Optional<PostKind> own = PostKind.find(on).filter(PostKind::takesComments);
        if (own.isPresent()) {
            return "/questions/" + questionOf(own.get(), postId, viewer);
        }
        return target(on).pageOf(postId).orElseThrow(() -> new NotFoundException("There is no " + on + " " + postId
                + " to comment on."));
    }

    /** @throws NotFoundException if no module registered the kind */
    CommentTargets target(String kind) {
        return targets.stream().filter(t -> t.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new NotFoundException("Comments are not taken on '" + kind + "'."));
    }

    /** @throws NotFoundException unless the viewer may see the post (and the question of an answer) */
    long questionOf(PostKind kind, long postId, Viewer viewer) {
        return posts.find(new PostRef(kind, postId), viewer).questionId();
    }

    @Override
    public Set<PostKind> kinds() {
        return Set.of(PostKind.COMMENT);
    }

    /** A comment for the modules that act on any post (flags): found only with what it is on. */
    @Override
    public FoundPost find(PostRef post, Viewer viewer) {
        CommentRow comment = comment(post.id(), viewer);
        return new FoundPost(post, 0, comment.authorId(), null, 0);
    }
}
