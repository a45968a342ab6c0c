package org.roleatlas.polls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class PollResultsProperties {

    record Poll(List<String> options, List<Ballot> ballots) {
    }

    @Property
    void percentsAddUpTo100WheneverThereAreBallots(@ForAll("polls") Poll poll) {
        Results results = visible(poll);

        int sum = results.options().stream().mapToInt(Results.OptionResult::percent).sum();
        assertThat(sum).isEqualTo(poll.ballots().isEmpty() ? 0 : 100);
        for (Results.Group group : allGroups(results)) {
            if (!group.withheld()) {
                assertThat(group.options().stream().mapToInt(Results.OptionResult::percent).sum()).isEqualTo(100);
            }
        }
    }

    @Property
    void eachPercentIsWithinOnePointOfTheExactShare(@ForAll("polls") Poll poll) {
        Results results = visible(poll);

        for (Results.OptionResult option : results.options()) {
            double exact = results.total() == 0 ? 0 : 100.0 * option.votes() / results.total();
            assertThat(Math.abs(option.percent() - exact)).as(option.toString()).isLessThan(1.0);
        }
    }

    @Property
    void groupsOfOneToFourVotersNeverExposeCounts(@ForAll("polls") Poll poll) {
        Results results = visible(poll);

        assertSmallGroupsWithheld(poll, results.breakdown().industry(), Ballot::industry);
        assertSmallGroupsWithheld(poll, results.breakdown().companySize(), Ballot::companySize);
        assertSmallGroupsWithheld(poll, results.breakdown().roleFamily(), Ballot::roleFamily);
    }

    /** Otherwise the headline minus the shown groups would give away the votes of 1–4 people. */
    @Property
    void votersOutsideShownGroupsAreNoneOrAtLeastFive(@ForAll("polls") Poll poll) {
        Results results = visible(poll);

        for (List<Results.Group> groups : List.of(results.breakdown().industry(),
                results.breakdown().companySize(), results.breakdown().roleFamily())) {
            List<Results.Group> shown = groups.stream().filter(g -> !g.withheld()).toList();
            int outside = results.total() - shown.stream().mapToInt(Results.Group::total).sum();
            if (!shown.isEmpty()) {
                assertThat(outside == 0 || outside >= 5).as("%d voters outside %s", outside, shown).isTrue();
            }
        }
    }

    /** A shown group never tells its members' votes, and neither does what is left when the shown are subtracted. */
    @Property
    void noShownGroupNorTheRemainderIsUnanimousOrSmall(@ForAll("polls") Poll poll) {
        Results results = visible(poll);
        int options = poll.options().size();
        for (List<Results.Group> groups : List.of(results.breakdown().industry(),
                results.breakdown().companySize(), results.breakdown().roleFamily())) {
            int[] remainder = results.options().stream().mapToInt(Results.OptionResult::votes).toArray();
            for (Results.Group group : groups) {
                if (!group.withheld()) {
                    int[] votes = group.options().stream().mapToInt(Results.OptionResult::votes).toArray();
                    assertThat(Arrays.stream(votes).filter(v -> v > 0).count()).as("options chosen in %s", group)
                            .isGreaterThanOrEqualTo(2);
                    for (int i = 0; i < options; i++) {
                        remainder[i] -= votes[i];
                    }
                }
            }
            int left = Arrays.stream(remainder).sum();
            if (left > 0 && groups.stream().anyMatch(g -> !g.withheld())) {
                assertThat(left).as("voters left by subtraction").isGreaterThanOrEqualTo(5);
                assertThat(Arrays.stream(remainder).filter(v -> v > 0).count()).as("options among them")
                        .isGreaterThanOrEqualTo(2);
            }
        }
    }

    /** Voters without the trait may be an attacker's accounts: the withheld groups must be safe without them. */
    @Property
    void theWithheldGroupsAreSafeEvenIfEveryVoterWithoutTheTraitIsAnAttackersAccount(@ForAll("polls") Poll poll) {
        Results results = visible(poll);
        int options = poll.options().size();
        List<Function<Ballot, String>> traits = List.of(Ballot::industry, Ballot::companySize, Ballot::roleFamily);
        List<List<Results.Group>> breakdowns = List.of(results.breakdown().industry(),
                results.breakdown().companySize(), results.breakdown().roleFamily());
        for (int t = 0; t < traits.size(); t++) {
            Function<Ballot, String> trait = traits.get(t);
            List<Results.Group> groups = breakdowns.get(t);
            if (groups.stream().allMatch(Results.Group::withheld)) {
                continue; // nothing shown: nothing to subtract
            }
            Set<String> withheld = groups.stream().filter(Results.Group::withheld).map(Results.Group::value)
                    .collect(Collectors.toSet());
            int[] votes = new int[options];
            poll.ballots().stream().filter(b -> withheld.contains(trait.apply(b))).forEach(b -> votes[b.option()]++);
            int voters = Arrays.stream(votes).sum();
            if (voters > 0) {
                assertThat(voters).isGreaterThanOrEqualTo(5);
                assertThat(Arrays.stream(votes).filter(v -> v > 0).count()).isGreaterThanOrEqualTo(2);
            }
        }
    }

    /** Before and after one member's vote, a small open poll's counted ballots differ by a whole step or not at all. */
    @Property
    void inASmallOpenPollOneMoreBallotMovesTheCountByAWholeStepOrNotAtAll(
            @ForAll @IntRange(min = 0, max = 200) int ballots) {
        int before = PollResults.counted(ballots, false);
        int after = PollResults.counted(ballots + 1, false);
        assertThat(before).isBetween(Math.max(0, ballots - PollResults.STEP + 1), ballots);
        if (ballots + 1 < PollResults.SMALL_POLL) {
            assertThat(after - before).isIn(0, PollResults.STEP);
        } else {
            assertThat(after).isEqualTo(ballots + 1);
        }
    }

    @Property
    void hiddenResultsExposeNothing(@ForAll("polls") Poll poll) {
        Results results = PollResults.compute(poll.options(), poll.ballots(), ResultsVisibility.AFTER_VOTING, false, false);

        assertThat(results.visible()).isFalse();
        assertThat(results.total()).isNull();
        assertThat(results.breakdown()).isNull();
        assertThat(results.options()).allSatisfy(o -> {
            assertThat(o.votes()).isNull();
            assertThat(o.percent()).isNull();
        });
        assertThat(results.options()).extracting(Results.OptionResult::option).isEqualTo(poll.options());
    }

    @Property
    void oneMoreBallotAddsOneToTheTotalAndToItsOption(@ForAll("polls") Poll poll,
                                                      @ForAll @IntRange(min = 0, max = 9) int choice) {
        Ballot extra = new Ballot(choice % poll.options().size(), "Retail", "1-10", null);
        List<Ballot> more = new ArrayList<>(poll.ballots());
        more.add(extra);

        Results before = visible(poll);
        Results after = visible(new Poll(poll.options(), more));

        assertThat(after.total()).isEqualTo(before.total() + 1);
        for (int i = 0; i < poll.options().size(); i++) {
            int expected = before.options().get(i).votes() + (i == extra.option() ? 1 : 0);
            assertThat(after.options().get(i).votes()).isEqualTo(expected);
        }
    }

    @Provide
    Arbitrary<Poll> polls() {
        Arbitrary<Integer> optionCount = Arbitraries.integers().between(2, 10);
        Arbitrary<String> industry = Arbitraries.of("Energy", "Finance", "Manufacturing", "Retail").injectNull(0.1);
        Arbitrary<String> size = Arbitraries.of("1-10", "11-50", "10,001+").injectNull(0.1);
        Arbitrary<String> family = Arbitraries.of("executive", "management", "individual-contributor").injectNull(0.3);
        Arbitrary<Ballot> ballot = Combinators.combine(Arbitraries.integers().between(0, 9), industry, size, family)
                .as(Ballot::new);
        return Combinators.combine(optionCount, ballot.list().ofMaxSize(80)).as((count, ballots) -> new Poll(
                IntStream.range(0, count).mapToObj(i -> "Option " + i).toList(),
                ballots.stream().map(b -> new Ballot(b.option() % count, b.industry(), b.companySize(),
                        b.roleFamily())).toList()));
    }

    private static Results visible(Poll poll) {
        return PollResults.compute(poll.options(), poll.ballots(), ResultsVisibility.ALWAYS, false, false);
    }

    private static void assertSmallGroupsWithheld(Poll poll, List<Results.Group> groups,
                                                  Function<Ballot, String> trait) {
        Map<String, Long> sizes = poll.ballots().stream().map(trait).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(v -> v, Collectors.counting()));
        assertThat(groups).extracting(Results.Group::value).containsExactlyInAnyOrderElementsOf(sizes.keySet());
        for (Results.Group group : groups) {
            long size = sizes.get(group.value());
            if (size < 5) {
                assertThat(group.fewerThanFive()).isTrue();
                assertThat(group.withheld()).isTrue();
                assertThat(group.total()).isNull();
                assertThat(group.options()).isEmpty();
            } else {
                assertThat(group.fewerThanFive()).isFalse();
                if (!group.withheld()) {
                    assertThat(group.total()).isEqualTo((int) size);
                }
            }
        }
    }

    private static List<Results.Group> allGroups(Results results) {
        List<Results.Group> all = new ArrayList<>(results.breakdown().industry());
        all.addAll(results.breakdown().companySize());
        all.addAll(results.breakdown().roleFamily());
        return all;
    }
}
