package org.roleatlas.questions.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Role;
import org.roleatlas.comments.CommentRow;
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

    /** What the viewer may see of a question page (see {@link Viewer}); marks the viewer's own posts. */
    Question question(long id, Viewer viewer) {
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
        return new Question(post, q.title(), tags(q.roles()), counted, answers, q.viewCount() + views.pending(id));
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
