package org.roleatlas.polls;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Which groups of a poll's breakdown by one trait are shown. A group is shown only when it has at least
 * {@link #MINIMUM} voters and they did not all choose the same option (a unanimous group would tell each
 * member's vote). The voters of the groups not shown, together with the voters who have no value for the trait,
 * can be worked out by subtracting the shown groups from the headline, so that remainder must itself be empty,
 * or hold at least {@code MINIMUM} voters who did not all vote alike; and so must the voters of the withheld groups
 * on their own, since the voters without the trait (late joiners, say) may all be one attacker's accounts. While
 * either is not, the smallest shown group is withheld too. See docs/decisions/0019-poll-privacy.md.
 */
final class SmallGroups {

    static final int MINIMUM = 5;

    private SmallGroups() {
    }

    static List<Results.Group> groups(List<Ballot> ballots, Function<Ballot, String> trait, int optionCount,
                                      Function<List<Ballot>, List<Results.OptionResult>> results) {
        Map<String, List<Ballot>> byValue = new TreeMap<>(); // alphabetical: the order reveals no sizes
        for (Ballot ballot : ballots) {
            String value = trait.apply(ballot);
            if (value != null && !value.isBlank()) {
                byValue.computeIfAbsent(value, v -> new ArrayList<>()).add(ballot);
            }
        }
        List<String> shown = new ArrayList<>();
        for (Map.Entry<String, List<Ballot>> group : byValue.entrySet()) {
            if (safe(votes(group.getValue(), optionCount))) {
                shown.add(group.getKey());
            }
        }
        // Smallest first (then by value, to be deterministic), so as few voters as possible are withheld.
        shown.sort(Comparator.<String>comparingInt(v -> byValue.get(v).size()).thenComparing(v -> v));
        int[] remainder = votes(ballots, optionCount);
        int[] withheld = new int[optionCount];
        for (Map.Entry<String, List<Ballot>> group : byValue.entrySet()) {
            int[] votes = votes(group.getValue(), optionCount);
            if (shown.contains(group.getKey())) {
                subtract(remainder, votes);
            } else {
                add(withheld, votes);
            }
        }
        // Two remainders must be safe: everything subtraction leaves, and the withheld groups' voters on their own,
        // because voters without the trait may be an attacker's own accounts whose votes they know.
        while (!shown.isEmpty() && (exposed(remainder) || exposed(withheld))) {
            int[] votes = votes(byValue.get(shown.remove(0)), optionCount);
            add(remainder, votes);
            add(withheld, votes);
        }
        List<Results.Group> groups = new ArrayList<>(byValue.size());
        for (Map.Entry<String, List<Ballot>> group : byValue.entrySet()) {
            if (shown.contains(group.getKey())) {
                groups.add(Results.Group.shown(group.getKey(), group.getValue().size(),
                        results.apply(group.getValue())));
            } else {
                groups.add(Results.Group.withheld(group.getKey(), group.getValue().size()));
            }
        }
        return groups;
    }

    private static boolean exposed(int[] votes) {
        return sum(votes) > 0 && !safe(votes);
    }

    /** Enough voters, and not all of one mind: no member's vote can be read from these counts. */
    static boolean safe(int[] votes) {
        int options = 0;
        for (int v : votes) {
            if (v > 0) {
                options++;
            }
        }
        return sum(votes) >= MINIMUM && options >= 2;
    }

    static int[] votes(List<Ballot> ballots, int optionCount) {
        int[] votes = new int[optionCount];
        for (Ballot ballot : ballots) {
            votes[ballot.option()]++;
        }
        return votes;
    }

    private static int sum(int[] votes) {
        int sum = 0;
        for (int v : votes) {
            sum += v;
        }
        return sum;
    }

    private static void subtract(int[] from, int[] votes) {
        for (int i = 0; i < from.length; i++) {
            from[i] -= votes[i];
        }
    }

    private static void add(int[] to, int[] votes) {
        for (int i = 0; i < to.length; i++) {
            to[i] += votes[i];
        }
    }
}
