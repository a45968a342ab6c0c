package org.roleatlas.questions.internal;

import java.util.List;

import org.roleatlas.accounts.Signature;
import org.roleatlas.questions.QuestionFeed;
import org.roleatlas.questions.internal.QuestionViews.Item;
import org.roleatlas.questions.internal.QuestionViews.RoleTag;
import org.springframework.stereotype.Component;

/** {@link QuestionFeed}: the first page of a feed, as records for other modules' pages. */
@Component
class QuestionFeedReads implements QuestionFeed {

    private final QuestionReads reads;

    QuestionFeedReads(QuestionReads reads) {
        this.reads = reads;
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
