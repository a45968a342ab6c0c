package org.roleatlas.questions.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Role;
import org.roleatlas.comments.CommentRow;
import org.roleatlas.comments.CommentThread;
import org.roleatlas.comments.CommentThread.Comment;
import org.roleatlas.comments.FirstComments;
import org.roleatlas.comments.QuestionPageComments;
import org.roleatlas.posts.Authors;
import org.roleatlas.posts.ModerationState;
import org.roleatlas.posts.PostKind;
import org.roleatlas.posts.PostRef;
import org.roleatlas.posts.Viewer;
import org.roleatlas.questions.internal.QuestionViews.Item;
import org.roleatlas.questions.internal.QuestionViews.Page;
import org.roleatlas.questions.internal.QuestionViews.Post;
import org.roleatlas.questions.internal.QuestionViews.Question;
import org.roleatlas.questions.internal.QuestionViews.RoleTag;
import org.roleatlas.views.ViewCounting;
import org.roleatlas.votes.MemberVotes;
import org.springframework.stereotype.Component;

/** Questions as pages and the API show them: signed posts, role tags with their names, keyset pages. */
@Component
record QuestionReads(QuestionService questions, QuestionRepository repository, Catalog catalog, Authors authors,
                     QuestionPageComments comments, QuestionFeedRepository feeds, ViewCounting views,
                     MemberVotes votes) {

    static final int PAGE_SIZE = 20;

    /**
     * Who wrote each post of a question page. Kept beside the page the public sees, so that a member's own posts can
     * be marked on it without reading the page again; never shown.
     *
     * @param posts the question's and its answers' authors
     * @param comments the first comments' authors, by comment id
     */
    record Authorship(Map<PostRef, Long> posts, Map<Long, Long> comments) {

        static final Authorship NONE = new Authorship(Map.of(), Map.of());

        boolean wrote(long memberId, PostRef post) {
            return Objects.equals(posts.get(post), memberId);
        }

        boolean wroteComment(long memberId, long commentId) {
            return Objects.equals(comments.get(commentId), memberId);
        }
    }

    /** A question page as read, with who wrote its posts. */
    record Read(Question question, Authorship authors) {
    }

    /** What the viewer may see of a question page (see {@link Viewer}); marks the viewer's own posts. */
    Question question(long id, Viewer viewer) {
        return read(id, viewer).question();
    }

    /**
     * The page the public sees as one member sees it: their own posts marked (edit and delete, no upvote button) and
     * their upvotes shown. Only for a member who is no moderator and wrote nothing held or hidden on the page
     * ({@link QuestionRepository#hasUnlisted}): for anyone else the public page lacks posts they may see.
     *
     * @param votes the member's upvotes on the page's posts
     */
    Question forMember(Read shared, long memberId, Set<PostRef> votes) {
        Question q = shared.question();
        Authorship authors = shared.authors();
        Post post = mark(q.post(), PostRef.question(q.post().id()), authors, memberId, votes);
        List<Post> answers = q.answers().stream()
                .map(a -> mark(a, PostRef.answer(a.id()), authors, memberId, votes)).toList();
        return new Question(post, q.title(), q.roles(), q.answerCount(), answers, q.views());
    }

    private static Post mark(Post p, PostRef ref, Authorship authors, long memberId, Set<PostRef> votes) {
        CommentThread t = p.thread();
        List<Comment> comments = t.comments().stream()
                .map(c -> new Comment(c.id(), c.html(), c.signature(), authors.wroteComment(memberId, c.id()),
                        c.createdAt(), c.editedAt(), c.moderation()))
                .toList();
        return new Post(p.id(), p.html(), p.signature(), authors.wrote(memberId, ref), p.createdAt(), p.editedAt(),
                p.votes(), votes.contains(ref), new CommentThread(t.on(), t.postId(), t.count(), comments, t.more(),
                t.moreUrl()), p.moderation());
    }

    /** Whether the member wrote something held or hidden on the question's page (see {@link #forMember}). */
    boolean hasUnlisted(long questionId, long memberId) {
        return repository.hasUnlisted(questionId, memberId);
    }

    /** {@link #question} with who wrote each post. */
    Read read(long id, Viewer viewer) {
        QuestionRow q = questions.question(id, viewer);
        Long viewerId = viewer.memberId();
        Set<PostRef> votes = viewerId == null ? Set.of() : this.votes.onQuestionPage(viewerId, id);
        FirstComments first = comments.firstOnQuestionPage(id, viewer);
        List<AnswerRow> rows = repository.answers(id, viewer);
        Authors.Signer signer = authors.signer(authorsOf(q, rows, first.byPost().values())); // one query for all
        List<Post> answers = rows.stream()
                .map(a -> new Post(a.id(), a.bodyHtml(), signer.sign(a.authorId(), a.anonymous()),
                        viewer.isMember(a.authorId()), a.createdAt(), a.editedAt(), a.voteCount(),
                        votes.contains(PostRef.answer(a.id())),
                        comments.firstThread(id, PostKind.ANSWER, a.id(), a.commentCount(), first, signer, viewer),
                        a.moderation()))
                .toList();
        Post post = new Post(q.id(), q.bodyHtml(), signer.sign(q.authorId(), q.anonymous()),
                viewer.isMember(q.authorId()), q.createdAt(), q.editedAt(), q.voteCount(),
                votes.contains(PostRef.question(q.id())),
                comments.firstThread(id, PostKind.QUESTION, q.id(), q.commentCount(), first, signer, viewer),
                q.moderation());
        // The heading counts what the public sees; an author's held answer or a hidden one a moderator sees is extra.
        int counted = (int) rows.stream().filter(a -> a.moderation() == ModerationState.VISIBLE).count();
        Map<PostRef, Long> postAuthors = new HashMap<>();
        postAuthors.put(PostRef.question(q.id()), q.authorId());
        rows.forEach(a -> postAuthors.put(PostRef.answer(a.id()), a.authorId()));
        Map<Long, Long> commentAuthors = new HashMap<>();
        first.byPost().values().forEach(list -> list.forEach(c -> commentAuthors.put(c.id(), c.authorId())));
        return new Read(new Question(post, q.title(), tags(q.roles()), counted, answers,
                q.viewCount() + views.pending(id)), new Authorship(postAuthors, commentAuthors));
    }

    /** One page of a feed; an unknown role simply has no questions. */
    Page page(FeedQuery query, int size) {
        // one more than a page tells whether a next page exists
        List<QuestionRow> rows = feeds.page(query, size + 1, query.offset(size));
        Authors.Signer signer = authors.signer(rows.stream().map(QuestionRow::authorId).toList());
        List<Item> items = rows.stream().limit(size)
                .map(q -> new Item(q.id(), q.title(), tags(q.roles()), q.answerCount(), q.voteCount(),
                        q.commentCount(), q.viewCount(), q.createdAt(), signer.sign(q.authorId(), q.anonymous())))
                .toList();
        boolean hasNext = rows.size() > size;
        Long nextBefore = hasNext && query.sort() == QuestionSort.NEWEST ? items.get(items.size() - 1).id() : null;
        return new Page(items, query.page(), hasNext, nextBefore);
    }

    private static Set<Long> authorsOf(QuestionRow q, List<AnswerRow> answers, Collection<List<CommentRow>> comments) {
        Set<Long> ids = new HashSet<>();
        ids.add(q.authorId());
        answers.forEach(a -> ids.add(a.authorId()));
        comments.forEach(list -> list.forEach(c -> ids.add(c.authorId())));
        return ids;
    }

    List<RoleTag> tags(List<String> slugs) {
        CatalogSnapshot snapshot = catalog.snapshot();
        // A role removed from the catalogue since keeps its slug as its name rather than breaking the page.
        return slugs.stream().map(s -> new RoleTag(s, snapshot.role(s).map(Role::displayName).orElse(s))).toList();
    }
}
