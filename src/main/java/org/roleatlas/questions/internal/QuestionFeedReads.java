package org.roleatlas.questions.internal;

import java.util.List;
import java.util.Map;

import org.roleatlas.accounts.Signature;
import org.roleatlas.posts.Authors;
import org.roleatlas.system.markdown.MarkdownRenderer;
import org.roleatlas.questions.QuestionFeed;
import org.roleatlas.questions.internal.QuestionViews.Item;
import org.roleatlas.questions.internal.QuestionViews.RoleTag;
import org.springframework.stereotype.Component;

/** {@link QuestionFeed}: the first page of a feed, as records for other modules' pages. */
@Component
record QuestionFeedReads(QuestionReads reads, QuestionFeedRepository feeds, Authors authors, MarkdownRenderer markdown)
        implements QuestionFeed {

    /** How much of a question's text a feed entry carries. */
    static final int SUMMARY_LENGTH = 280;

    @Override
    public List<Entry> latest(String role, int count) {
        List<QuestionRow> rows = feeds.page(new FeedQuery(QuestionSort.NEWEST, role, null, 1), count, 0);
        Authors.Signer signer = authors.signer(rows.stream().map(QuestionRow::authorId).toList());
        Map<Long, String> texts = feeds.texts(rows.stream().map(QuestionRow::id).toList());
        return rows.stream().map(q -> {
            Signature s = signer.sign(q.authorId(), q.anonymous());
            return new Entry(q.id(), q.title(), s.isAnonymous() ? "Anonymous" : s.displayName(),
                    summary(markdown.toPlainText(texts.getOrDefault(q.id(), ""))), q.createdAt(),
                    q.editedAt() == null ? q.createdAt() : q.editedAt());
        }).toList();
    }

    @Override
    public List<Long> listedIds(int max) {
        return feeds.listedIds(max);
    }

    /** The text with its white space folded, cut at a word near {@link #SUMMARY_LENGTH} characters. */
    static String summary(String text) {
        String folded = text.strip().replaceAll("\\s+", " ");
        if (folded.length() <= SUMMARY_LENGTH) {
            return folded;
        }
        int cut = folded.lastIndexOf(' ', SUMMARY_LENGTH);
        return folded.substring(0, cut > SUMMARY_LENGTH / 2 ? cut : SUMMARY_LENGTH) + "…";
    }

    @Override
    public List<Question> newest(int count) {
        return read(QuestionSort.NEWEST, count);
    }

    @Override
    public List<Question> mostViewed(int count) {
        return read(QuestionSort.VIEWS, count);
    }

    private List<Question> read(QuestionSort sort, int count) {
        return reads.page(new FeedQuery(sort, null, null, 1), count).items().stream().map(QuestionFeedReads::question)
                .toList();
    }

    private static Question question(Item i) {
        Signature s = i.signature();
        String signedBy = (s.isAnonymous() ? "Anonymous" : s.displayName()) + " · " + s.text();
        return new Question(i.id(), i.title(), i.roles().stream().map(RoleTag::name).toList(), i.views(), i.votes(),
                i.comments(), i.answerCount(), signedBy);
    }
}
