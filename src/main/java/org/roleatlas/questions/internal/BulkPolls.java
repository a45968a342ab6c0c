package org.roleatlas.questions.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.roleatlas.polls.NewPoll;
import org.roleatlas.polls.PollDraft;
import org.roleatlas.polls.PollRules;
import org.roleatlas.questions.CommunityBulkLoad.BulkBallot;
import org.roleatlas.questions.CommunityBulkLoad.BulkPoll;
import org.roleatlas.questions.CommunityBulkLoad.BulkQuestion;
import org.roleatlas.questions.internal.BulkRepository.BallotInsert;
import org.roleatlas.questions.internal.BulkRepository.OptionInsert;
import org.roleatlas.questions.internal.BulkRepository.PollInsert;
import org.springframework.stereotype.Component;

/** The polls of a bulk load: checked with {@link PollRules} and the ballot rules, written after their questions. */
@Component
class BulkPolls {

    private final BulkRepository repository;

    BulkPolls(BulkRepository repository) {
        this.repository = repository;
    }

    /**
     * The rules of a member's poll (closing after the question was asked, so a sample may hold closed polls) and of
     * ballots: an option the poll has, one ballot per member.
     *
     * @throws IllegalArgumentException naming the question and the problem
     */
    static void check(BulkQuestion question) {
        BulkPoll poll = question.poll();
        if (poll == null) {
            return;
        }
        String what = "the poll of '" + question.title() + "': ";
        Map<String, String> errors = new LinkedHashMap<>();
        PollRules.check(new PollDraft(poll.options(), poll.closesAt() == null ? null : poll.closesAt().toString(),
                poll.visibility().key()), question.createdAt(), errors);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(what + String.join(" ", errors.values()));
        }
        Set<Long> voters = new HashSet<>();
        for (BulkBallot b : poll.ballots()) {
            if (b.ballot().option() < 0 || b.ballot().option() >= poll.options().size()) {
                throw new IllegalArgumentException(what + "no option " + b.ballot().option());
            }
            if (!voters.add(b.memberId())) {
                throw new IllegalArgumentException(what + "member " + b.memberId() + " votes twice");
            }
        }
    }

    /** In the caller's transaction; {@code questionIds} are the ids of {@code questions}, in order. */
    void write(List<BulkQuestion> questions, List<Long> questionIds) {
        List<PollInsert> polls = new ArrayList<>();
        List<BulkPoll> sources = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            BulkPoll poll = questions.get(i).poll();
            if (poll != null) {
                NewPoll checked = new NewPoll(poll.options().stream().map(String::strip).toList(), poll.closesAt(),
                        poll.visibility());
                polls.add(new PollInsert(questionIds.get(i), checked, questions.get(i).createdAt(),
                        poll.ballots().size()));
                sources.add(poll);
            }
        }
        List<Long> pollIds = repository.insertPolls(polls);
        List<OptionInsert> options = new ArrayList<>();
        List<BallotInsert> ballots = new ArrayList<>();
        for (int i = 0; i < pollIds.size(); i++) {
            long pollId = pollIds.get(i);
            List<String> labels = polls.get(i).poll().options();
            for (int position = 0; position < labels.size(); position++) {
                options.add(new OptionInsert(pollId, position, labels.get(position)));
            }
            // numbered in the order they were cast, as votes through the application are (PollRepository)
            List<BulkBallot> inOrder = sources.get(i).ballots().stream().sorted(java.util.Comparator
                    .comparing(BulkBallot::createdAt).thenComparingLong(BulkBallot::memberId)).toList();
            for (int seq = 0; seq < inOrder.size(); seq++) {
                BulkBallot b = inOrder.get(seq);
                ballots.add(new BallotInsert(pollId, b.memberId(), b.ballot(), b.createdAt(), seq + 1));
            }
        }
        repository.insertPollOptions(options);
        repository.insertBallots(ballots);
    }
}
