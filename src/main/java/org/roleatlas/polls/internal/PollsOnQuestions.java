package org.roleatlas.polls.internal;

import java.time.Instant;
import java.util.Optional;

import org.roleatlas.polls.NewPoll;
import org.roleatlas.polls.PollSummaryJson;
import org.roleatlas.polls.PollView;
import org.roleatlas.polls.QuestionPolls;
import org.roleatlas.posts.Viewer;
import org.springframework.stereotype.Component;

/** {@link QuestionPolls}: the questions module's way to create, show and summarise a question's poll. */
@Component
class PollsOnQuestions implements QuestionPolls {

    private final PollRepository repository;
    private final PollService polls;
    private final PollReads reads;

    PollsOnQuestions(PollRepository repository, PollService polls, PollReads reads) {
        this.repository = repository;
        this.polls = polls;
        this.reads = reads;
    }

    @Override
    public void insert(long questionId, NewPoll poll, Instant now) {
        repository.insert(questionId, poll, now);
    }

    @Override
    public Optional<PollView> ofQuestion(long questionId, Viewer viewer) {
        return reads.ofQuestion(questionId, viewer);
    }

    @Override
    public Optional<PollSummaryJson> summaryOfQuestion(long questionId, Viewer viewer) {
        return polls.ofQuestion(questionId, viewer).map(poll -> new PollSummaryJson(poll.id(), poll.options(),
                poll.visibility().key(), poll.closesAt(), polls.closed(poll), "/api/polls/" + poll.id()));
    }
}
