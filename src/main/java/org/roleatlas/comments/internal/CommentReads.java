package org.roleatlas.comments.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.roleatlas.comments.CommentRow;
import org.roleatlas.comments.FirstComments;
import org.roleatlas.comments.CommentThread;
import org.roleatlas.comments.CommentThread.Comment;
import org.roleatlas.comments.QuestionPageComments;
import org.roleatlas.posts.Authors;
import org.roleatlas.posts.FoundPost;
import org.roleatlas.posts.ModerationState;
import org.roleatlas.posts.PostKind;
import org.roleatlas.posts.PostRef;
import org.roleatlas.posts.Posts;
import org.roleatlas.posts.Viewer;
import org.springframework.stereotype.Component;

/** Comments as pages and the API show them: signed, oldest first, keyset pages with "after". */
@Component
record CommentReads(CommentService comments, Posts posts,
                    CommentRepository repository) implements QuestionPageComments {

    /** Under each post on the question page; the rest are behind "Read more comments". */
    static final int FIRST = 3;
    static final int PAGE_SIZE = 20;

    @Override
    public FirstComments firstOnQuestionPage(long questionId, Viewer viewer) {
        Map<PostRef, List<CommentRow>> byPost = new HashMap<>();
        for (CommentRow c : repository.firstOnQuestionPage(questionId, FIRST, viewer)) {
            byPost.computeIfAbsent(new PostRef(PostKind.commented(c.on()), c.postId()), k -> new ArrayList<>())
                    .add(c);
        }
        boolean recount = byPost.values().stream().anyMatch(CommentReads::showsUncounted);
        return new FirstComments(byPost, recount ? repository.countsOnQuestionPage(questionId, viewer) : Map.of());
    }

    @Override
    public CommentThread firstThread(long questionId, PostKind kind, long postId, int count, FirstComments first,
                                     Authors.Signer signer, Viewer viewer) {
        List<CommentRow> rows = first.of(kind, postId);
        List<Comment> shown = rows.stream().map(c -> view(c, signer, viewer)).toList();
        int more = Math.max(0, count - shown.size());
        // A count ahead of the rows (e.g. loaded data) must not break the page: the link then starts at the first
        long after = shown.isEmpty() ? 0 : shown.get(shown.size() - 1).id();
        if (showsUncounted(rows)) {
            // count is what the public sees; a held or hidden comment shown to its author or a moderator is not in it
            more = first.seen().getOrDefault(new PostRef(kind, postId), shown.size()) - shown.size();
        }
        return new CommentThread(kind.table(), postId, count, shown, more,
                more == 0 ? null : moreUrl(questionId, kind, postId, after));
    }

    /** Comments after {@code after} (0: from the first), one page; 404 if the post or its question is gone. */
    CommentPage page(PostKind kind, long postId, long after, Viewer viewer, Authors.Signer signer) {
        FoundPost post = posts.find(new PostRef(kind, postId), viewer);
        long questionId = post.questionId();
        FoundPost question = kind == PostKind.QUESTION ? post : posts.find(PostRef.question(questionId), viewer);
        List<Comment> page = signed(repository.page(kind.table(), postId, after, PAGE_SIZE, viewer), signer, viewer);
        long last = page.isEmpty() ? after : page.get(page.size() - 1).id();
        int more = repository.countAfter(kind.table(), postId, last, viewer);
        int count = post.commentCount();
        return new CommentPage(question.title(), "/questions/" + questionId + "#" + kind.table() + "-" + postId,
                "/questions/" + questionId, new CommentThread(kind.table(), postId, count, page, more,
                more == 0 ? null : moreUrl(questionId, kind, postId, last)));
    }

    /**
     * Comments on another module's content after {@code after} (0: the first ones); 404 unless its module shows it.
     * Its first comments ({@link #FIRST}) are the thread on its page; a full page holds {@link #PAGE_SIZE}.
     */
    CommentPage targetPage(String kind, long id, long after, int size, Viewer viewer, Authors.Signer signer) {
        comments.target(kind); // questions and answers have their own addresses
        String url = comments.pageOf(kind, id, viewer);
        List<Comment> page = signed(repository.page(kind, id, after, size, viewer), signer, viewer);
        long last = page.isEmpty() ? after : page.get(page.size() - 1).id();
        int more = repository.countAfter(kind, id, last, viewer);
        int count = after == 0 ? page.size() + more : repository.countAfter(kind, id, 0, viewer);
        return new CommentPage(null, url + "#comments", url, new CommentThread(kind, id, count, page, more,
                more == 0 ? null : "/comments/on/" + kind + "/" + id + "?after=" + last));
    }

    /** A full first thread with a held or hidden comment in it (which the post's comment count leaves out). */
    private static boolean showsUncounted(List<CommentRow> first) {
        return first.size() == FIRST && first.stream().anyMatch(c -> c.moderation() != ModerationState.VISIBLE);
    }

    private static String moreUrl(long questionId, PostKind kind, long postId, long after) {
        return "/questions/" + questionId + "/comments?on=" + kind.table() + "&post=" + postId + "&after=" + after;
    }

    /** The authors of a page are read in one query, however many members wrote its comments. */
    private static List<Comment> signed(List<CommentRow> rows, Authors.Signer signer, Viewer viewer) {
        signer.preload(rows.stream().map(CommentRow::authorId).toList());
        return rows.stream().map(c -> view(c, signer, viewer)).toList();
    }

    private static Comment view(CommentRow c, Authors.Signer signer, Viewer viewer) {
        return new Comment(c.id(), c.bodyHtml(), signer.sign(c.authorId(), c.anonymous()),
                viewer.isMember(c.authorId()), c.createdAt(), c.editedAt(), c.moderation());
    }
}
