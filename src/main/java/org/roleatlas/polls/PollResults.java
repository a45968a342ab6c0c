package org.roleatlas.polls;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Computes what a viewer sees of a poll: per option the votes and a whole-number percentage ("41%"), the
 * total, and a breakdown by industry, company size and role family. Pure: the caller loads the ballots.
 */
public final class PollResults {

    private PollResults() {
    }

    /**
     * @param options        the option labels in poll order
     * @param ballots        every ballot cast; {@link Ballot#option()} indexes {@code options}
     * @param viewerHasVoted whether the member looking has cast a ballot
     * @param closed         whether the poll has closed
     * @throws IllegalArgumentException if there are no options or a ballot names an option that does not exist
     */
    public static Results compute(List<String> options, List<Ballot> ballots, ResultsVisibility visibility,
                                  boolean viewerHasVoted, boolean closed) {
        Objects.requireNonNull(visibility, "visibility");
        if (options.isEmpty()) {
            throw new IllegalArgumentException("A poll needs at least one option.");
        }
        for (Ballot ballot : ballots) {
            if (ballot.option() < 0 || ballot.option() >= options.size()) {
                throw new IllegalArgumentException("A ballot chose option " + ballot.option() + " but the poll has "
                        + options.size() + " options (numbered from 0).");
            }
        }
        boolean visible = visibility == ResultsVisibility.ALWAYS || viewerHasVoted || closed;
        if (!visible) {
            return Results.hidden(options);
        }
        Results.Breakdown breakdown = new Results.Breakdown(
                groups(options, ballots, Ballot::industry),
                groups(options, ballots, Ballot::companySize),
                groups(options, ballots, Ballot::roleFamily));
        return new Results(true, optionResults(options, ballots), ballots.size(), breakdown);
    }

    static List<Results.OptionResult> optionResults(List<String> options, List<Ballot> ballots) {
        int[] votes = new int[options.size()];
        for (Ballot ballot : ballots) {
            votes[ballot.option()]++;
        }
        int[] percents = Percentages.of(votes);
        List<Results.OptionResult> results = new ArrayList<>(options.size());
        for (int i = 0; i < options.size(); i++) {
            results.add(new Results.OptionResult(options.get(i), votes[i], percents[i]));
        }
        return results;
    }

    private static List<Results.Group> groups(List<String> options, List<Ballot> ballots,
                                              Function<Ballot, String> trait) {
        return SmallGroups.groups(ballots, trait, ballots.size(), groupBallots ->
                optionResults(options, groupBallots));
    }
}
