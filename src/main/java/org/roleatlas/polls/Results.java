package org.roleatlas.polls;

import java.util.List;

/**
 * A poll's results as one viewer may see them. When {@code visible} is false only the option labels are
 * there: every number is null and the breakdown is null, so nothing can be read from a hidden result.
 *
 * @param options   per option, in poll order
 * @param total     the number of ballots counted in the results (see {@link PollResults#counted})
 * @param breakdown the same results per group of voters sharing a trait
 * @param uncounted ballots cast but not yet in the results: a small poll's results move in whole steps
 */
public record Results(boolean visible, List<OptionResult> options, Integer total, Breakdown breakdown,
                      Integer uncounted) {

    public Results {
        options = List.copyOf(options);
    }

    static Results hidden(List<String> options) {
        return new Results(false, options.stream().map(o -> new OptionResult(o, null, null)).toList(), null, null,
                null);
    }

    /** @param percent a whole number; the percents of all options add up to 100 when there are votes */
    public record OptionResult(String option, Integer votes, Integer percent) {
    }

    /** Groups in alphabetical order of their value, so the order reveals nothing about their sizes. */
    public record Breakdown(List<Group> industry, List<Group> companySize, List<Group> roleFamily) {

        public Breakdown {
            industry = List.copyOf(industry);
            companySize = List.copyOf(companySize);
            roleFamily = List.copyOf(roleFamily);
        }
    }

    /**
     * The voters who share one value of a trait. A withheld group has a null total and no options: it has
     * {@code fewerThanFive} voters, or every voter in it chose the same option (showing it would tell each one's
     * vote), or showing it would let the votes of the voters in other withheld groups be worked out by
     * subtraction (see {@link SmallGroups}).
     */
    public record Group(String value, boolean fewerThanFive, boolean withheld, Integer total,
                        List<OptionResult> options) {

        public Group {
            options = List.copyOf(options);
        }

        static Group shown(String value, int total, List<OptionResult> options) {
            return new Group(value, false, false, total, options);
        }

        static Group withheld(String value, int voters) {
            return new Group(value, voters < SmallGroups.MINIMUM, true, null, List.of());
        }
    }
}
