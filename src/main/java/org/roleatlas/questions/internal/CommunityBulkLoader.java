package org.roleatlas.questions.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.system.errors.InvalidFieldsException;
import org.roleatlas.posts.PostKind;
import org.roleatlas.posts.PostRules;
import org.roleatlas.questions.CommunityBulkLoad;
import org.roleatlas.questions.internal.BulkRepository.AnswerInsert;
import org.roleatlas.questions.internal.BulkRepository.CommentInsert;
import org.roleatlas.questions.internal.BulkRepository.QuestionInsert;
import org.roleatlas.questions.internal.BulkRepository.RoleTag;
import org.roleatlas.questions.internal.BulkRepository.VoteInsert;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link CommunityBulkLoad}: checks everything first with the rules of members' posts, then writes one batch per
 * table; the HTML of the texts comes from {@link BulkHtml}.
 */
@Service
record CommunityBulkLoader(BulkRepository repository, BulkPolls polls, SearchEvents search, BulkHtml html,
                           Catalog catalog, TransactionTemplate transaction) implements CommunityBulkLoad {

    @Override
    public long questionCount() {
        return repository.questionCount();
    }

    @Override
    public List<Long> insert(List<BulkQuestion> questions) {
        CatalogSnapshot snapshot = catalog.snapshot();
        List<QuestionInsert> rows = new ArrayList<>(questions.size());
        for (BulkQuestion q : questions) {
            PostRules rules = new PostRules();
            String title = rules.title(q.title());
            String body = rules.body(q.markdown());
            rules.roles(q.roles(), snapshot);
            checked(rules, "question '" + q.title() + "'");
            checkVoters(q.authorId(), q.voterIds(), "question '" + title + "'");
            BulkPolls.check(q);
            if (q.views() < 0) {
                throw new IllegalArgumentException("question '" + title + "': views must not be negative");
            }
            for (BulkAnswer a : q.answers()) {
                PostRules answerRules = new PostRules();
                answerRules.body(a.markdown());
                checked(answerRules, "an answer to '" + title + "'");
                checkVoters(a.authorId(), a.voterIds(), "an answer to '" + title + "'");
            }
            rows.add(new QuestionInsert(q.authorId(), q.anonymous(), title, body, html.of(body), q.createdAt(),
                    q.answers().size(), q.voterIds().size(), q.comments().size(), q.views()));
        }
        return transaction.execute(status -> write(questions, rows));
    }

    private List<Long> write(List<BulkQuestion> questions, List<QuestionInsert> rows) {
        List<Long> ids = repository.insertQuestions(rows);
        List<RoleTag> tags = new ArrayList<>();
        List<AnswerInsert> answers = new ArrayList<>();
        List<BulkAnswer> answerSources = new ArrayList<>();
        List<CommentInsert> comments = new ArrayList<>();
        List<VoteInsert> votes = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            BulkQuestion q = questions.get(i);
            long id = ids.get(i);
            QuestionInsert row = rows.get(i);
            for (int p = 0; p < q.roles().size(); p++) {
                tags.add(new RoleTag(id, q.roles().get(p), p, row.views(), row.votes(), row.answers()));
            }
            for (BulkAnswer a : q.answers()) {
                String body = a.markdown().strip(); // checked above
                answers.add(new AnswerInsert(id, a.authorId(), a.anonymous(), body, html.of(body), a.createdAt(),
                        a.voterIds().size(), a.comments().size()));
                answerSources.add(a);
            }
            addComments(PostKind.QUESTION, id, q.comments(), comments);
            addVotes(PostKind.QUESTION, id, q.voterIds(), q.createdAt(), votes);
        }
        repository.insertRoleTags(tags);
        List<Long> answerIds = repository.insertAnswers(answers);
        for (int i = 0; i < answerSources.size(); i++) {
            BulkAnswer a = answerSources.get(i);
            addComments(PostKind.ANSWER, answerIds.get(i), a.comments(), comments);
            addVotes(PostKind.ANSWER, answerIds.get(i), a.voterIds(), a.createdAt(), votes);
        }
        List<Long> commentIds = repository.insertComments(comments);
        repository.insertVotes(votes);
        polls.write(questions, ids);
        // In this transaction, like every other write: search's change log commits with the posts.
        search.loaded(ids, answerIds, commentIds);
        return ids;
    }

    private void addComments(PostKind kind, long postId, List<BulkComment> given, List<CommentInsert> into) {
        for (BulkComment c : given) {
            PostRules rules = new PostRules();
            String body = rules.comment(c.markdown());
            checked(rules, "a comment");
            into.add(new CommentInsert(kind, postId, c.authorId(), c.anonymous(), body, html.of(body), c.createdAt()));
        }
    }

    private static void addVotes(PostKind kind, long postId, List<Long> voters, Instant after, List<VoteInsert> into) {
        for (long voter : voters) {
            into.add(new VoteInsert(kind, postId, voter, after));
        }
    }

    /** The same rule as {@code VoteService}: one vote per member per post, never on one's own post. */
    private static void checkVoters(long authorId, List<Long> voters, String what) {
        Set<Long> seen = new HashSet<>();
        for (long voter : voters) {
            if (voter == authorId || !seen.add(voter)) {
                throw new IllegalArgumentException("votes on " + what + ": member " + voter
                        + (voter == authorId ? " is its author" : " votes twice"));
            }
        }
    }

    private static void checked(PostRules rules, String what) {
        try {
            rules.check();
        } catch (InvalidFieldsException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
        }
    }
}
