package org.roleatlas.polls.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.roleatlas.polls.NewPoll;
import org.roleatlas.polls.PollSummaryJson;
import org.roleatlas.polls.PollView;
import org.roleatlas.polls.QuestionPolls;
import org.roleatlas.polls.Results;
import org.roleatlas.posts.Viewer;
import org.springframework.stereotype.Component;

/**
 * Turns a poll's outcome for one viewer into the {@link PollView} pages and the API show; the questions module's
 * way to create, show and summarise a question's poll ({@link QuestionPolls}).
 */
@Component
record PollReads(PollService polls, PollRepository repository) implements QuestionPolls {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Override
    public void insert(long questionId, NewPoll poll, Instant now) {
        repository.insert(questionId, poll, now);
    }

    @Override
    public Optional<PollSummaryJson> summaryOfQuestion(long questionId, Viewer viewer) {
        return polls.ofQuestion(questionId, viewer).map(poll -> new PollSummaryJson(poll.id(), poll.options(),
                poll.visibility().key(), poll.closesAt(), polls.closed(poll), "/api/polls/" + poll.id()));
    }

    PollView poll(long pollId, Viewer viewer) {
        return view(polls.outcome(pollId, viewer));
    }

    @Override
    public Optional<PollView> ofQuestion(long questionId, Viewer viewer) {
        return polls.ofQuestion(questionId, viewer).map(p -> view(polls.outcome(p, viewer.memberId())));
    }

    private PollView view(PollService.Outcome outcome) {
        PollRow poll = outcome.poll();
        Results results = outcome.results();
        List<PollView.Table> breakdown = new ArrayList<>();
        if (results.visible()) {
            breakdown.add(table("industry", "Industry", results.breakdown().industry(), polls::industryLabel));
            breakdown.add(table("companySize", "Company size", results.breakdown().companySize(),
                    polls::companySizeLabel));
            breakdown.add(table("roleFamily", "Role family", results.breakdown().roleFamily(), polls::roleFamilyLabel));
        }
        return new PollView(poll.id(), poll.questionId(), choices(results.options(), outcome.viewerChoice()),
                results.total(), results.visible(), poll.visibility().key(), poll.closesAt(),
                poll.closesAt() == null ? null : TIME.format(poll.closesAt()), outcome.closed(),
                outcome.viewerChoice() != null, hiddenNote(poll.closesAt()), breakdown, results.uncounted());
    }

    private static String hiddenNote(Instant closesAt) {
        return "Results show once you have voted" + (closesAt == null ? "." : ", or to everyone when the poll closes on "
                + TIME.format(closesAt) + ".");
    }

    private static PollView.Table table(String trait, String heading, List<Results.Group> groups,
                                        UnaryOperator<String> label) {
        return new PollView.Table(trait, heading, groups.stream()
                .map(g -> new PollView.Row(g.value(), label.apply(g.value()), g.withheld(), g.fewerThanFive(),
                        g.total(), choices(g.options(), null)))
                .toList());
    }

    private static List<PollView.Choice> choices(List<Results.OptionResult> options, Integer viewerChoice) {
        List<PollView.Choice> choices = new ArrayList<>(options.size());
        for (int i = 0; i < options.size(); i++) {
            Results.OptionResult o = options.get(i);
            choices.add(new PollView.Choice(i, o.option(), o.votes(), o.percent(),
                    viewerChoice != null && viewerChoice == i));
        }
        return choices;
    }
}
