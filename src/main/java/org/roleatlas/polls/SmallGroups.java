package org.roleatlas.polls;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Splits ballots into groups by one trait and withholds the numbers of groups too small to show. A group of
 * 1–4 voters is withheld. That alone is not enough: the headline counts everybody, so if the withheld groups
 * (together with voters who did not give the trait) hold 1–4 voters, subtracting the shown groups from the
 * headline would reveal how those few voted. Then the smallest shown groups are withheld as well, until the
 * hidden voters number 0 or at least 5 ("complementary suppression").
 */
final class SmallGroups {

    static final int MINIMUM = 5;

    private SmallGroups() {
    }

    static List<Results.Group> groups(List<Ballot> ballots, Function<Ballot, String> trait, int total,
                                      Function<List<Ballot>, List<Results.OptionResult>> results) {
        Map<String, List<Ballot>> byValue = new TreeMap<>(); // alphabetical: the order reveals no sizes
        for (Ballot ballot : ballots) {
            String value = trait.apply(ballot);
            if (value != null && !value.isBlank()) {
                byValue.computeIfAbsent(value, v -> new ArrayList<>()).add(ballot);
            }
        }
        List<String> shown = new ArrayList<>();
        int hiddenVoters = total;
        for (Map.Entry<String, List<Ballot>> group : byValue.entrySet()) {
            if (group.getValue().size() >= MINIMUM) {
                shown.add(group.getKey());
                hiddenVoters -= group.getValue().size();
            }
        }
        // Smallest first (then by value, to be deterministic), so as few voters as possible are hidden.
        shown.sort(Comparator.<String>comparingInt(v -> byValue.get(v).size()).thenComparing(v -> v));
        while (hiddenVoters > 0 && hiddenVoters < MINIMUM && !shown.isEmpty()) {
            hiddenVoters += byValue.get(shown.remove(0)).size();
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
}
