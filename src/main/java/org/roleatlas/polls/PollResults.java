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

    /** A poll with fewer ballots than this publishes its results in steps of {@link #STEP} ballots. */
    public static final int SMALL_POLL = 100;
    public static final int STEP = 5;

    private PollResults() {
    }

    /**
     * How many of a poll's ballots, in the order they were cast, its results count. Below {@link #SMALL_POLL}
     * ballots an open poll counts only whole steps of {@link #STEP}, so comparing the results just before and just
     * after one member votes never shows that vote alone; from {@code SMALL_POLL} on (where one vote moves a
     * percentage by at most one point) and once the poll has closed, every ballot counts.
     */
    public static int counted(int ballots, boolean closed) {
        if (ballots < 0) {
            throw new IllegalArgumentException("ballots must not be negative: " + ballots);
        }
        return closed || ballots >= SMALL_POLL ? ballots : ballots - ballots % STEP;
    }

    /**
     * @param options        the option labels in poll order
     * @param ballots        the ballots counted ({@link #counted}); {@link Ballot#option()} indexes {@code options}
     * @param uncounted      how many more ballots were cast than {@code ballots} holds
     * @param viewerHasVoted whether the member looking has cast a ballot
     * @param closed         whether the poll has closed
     * @throws IllegalArgumentException if there are no options or a ballot names an option that does not exist
     */
    public static Results compute(List<String> options, List<Ballot> ballots, ResultsVisibility visibility,
                                  boolean viewerHasVoted, boolean closed) {
        return compute(options, ballots, 0, visibility, viewerHasVoted, closed);
    }

    public static Results compute(List<String> options, List<Ballot> ballots, int uncounted,
                                  ResultsVisibility visibility, boolean viewerHasVoted, boolean closed) {
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
        return new Results(true, optionResults(options, ballots), ballots.size(), breakdown, uncounted);
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
        return SmallGroups.groups(ballots, trait, options.size(), groupBallots ->
                optionResults(options, groupBallots));
    }
}
