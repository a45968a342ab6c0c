package org.roleatlas.polls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PollResultsTest {

    private static final List<String> OPTIONS = List.of("Build", "Buy", "Partner");

    @Test
    void percentagesAreWholeNumbersAsInTheSeed() {
        List<Ballot> ballots = concat(
                ballots(41, 0, "Manufacturing"),
                ballots(33, 1, "Manufacturing"),
                ballots(26, 2, "Manufacturing"));

        Results results = PollResults.compute(OPTIONS, ballots, ResultsVisibility.ALWAYS, false, false);

        assertThat(results.visible()).isTrue();
        assertThat(results.total()).isEqualTo(100);
        assertThat(results.options()).containsExactly(new Results.OptionResult("Build", 41, 41),
                new Results.OptionResult("Buy", 33, 33), new Results.OptionResult("Partner", 26, 26));
    }

    @Test
    void largestRemainderMakesPercentagesAddUpTo100() {
        assertThat(percents(1, 1, 1)).containsExactly(34, 33, 33); // equal remainders: the first option wins
        assertThat(percents(1, 2)).containsExactly(33, 67);
        assertThat(percents(1, 1, 1, 1, 1, 1, 1)).containsExactly(15, 15, 14, 14, 14, 14, 14);
        assertThat(percents(2, 0, 1)).containsExactly(67, 0, 33);
        assertThat(percents(0, 5, 0)).containsExactly(0, 100, 0);
    }

    @Test
    void noBallotsGiveZeroesAndNoGroups() {
        Results results = PollResults.compute(OPTIONS, List.of(), ResultsVisibility.ALWAYS, false, false);

        assertThat(results.total()).isZero();
        assertThat(results.options()).extracting(Results.OptionResult::percent).containsExactly(0, 0, 0);
        assertThat(results.breakdown().industry()).isEmpty();
    }

    @Test
    void afterVotingHidesHeadlineAndBreakdownUntilTheViewerVotes() {
        List<Ballot> ballots = ballots(12, 0, "Retail");

        Results hidden = PollResults.compute(OPTIONS, ballots, ResultsVisibility.AFTER_VOTING, false, false);

        assertThat(hidden.visible()).isFalse();
        assertThat(hidden.total()).isNull();
        assertThat(hidden.breakdown()).isNull();
        assertThat(hidden.options()).containsExactly(new Results.OptionResult("Build", null, null),
                new Results.OptionResult("Buy", null, null), new Results.OptionResult("Partner", null, null));
        assertThat(PollResults.compute(OPTIONS, ballots, ResultsVisibility.AFTER_VOTING, true, false).visible()).isTrue();
        assertThat(PollResults.compute(OPTIONS, ballots, ResultsVisibility.AFTER_VOTING, false, true).visible()).isTrue();
        assertThat(PollResults.compute(OPTIONS, ballots, ResultsVisibility.ALWAYS, false, false).visible()).isTrue();
    }

    @Test
    void breakdownShowsGroupsOfFiveOrMoreAndWithholdsSmallerOnes() {
        List<Ballot> ballots = concat(
                ballots(4, 0, "Manufacturing"),
                ballots(1, 1, "Manufacturing"),
                ballots(5, 1, "Finance"),
                ballots(1, 0, "Finance"),
                ballots(2, 2, "Retail"),
                ballots(1, 0, "Retail"),
                ballots(2, 2, "Energy"));

        List<Results.Group> industry = PollResults.compute(OPTIONS, ballots, ResultsVisibility.ALWAYS, false, false)
                .breakdown().industry();

        assertThat(industry).extracting(Results.Group::value)
                .containsExactly("Energy", "Finance", "Manufacturing", "Retail"); // alphabetical
        Results.Group manufacturing = industry.get(2);
        assertThat(manufacturing.fewerThanFive()).isFalse();
        assertThat(manufacturing.total()).isEqualTo(5);
        assertThat(manufacturing.options()).containsExactly(new Results.OptionResult("Build", 4, 80),
                new Results.OptionResult("Buy", 1, 20), new Results.OptionResult("Partner", 0, 0));
        assertThat(industry.get(1).total()).isEqualTo(6);
        for (Results.Group small : List.of(industry.get(0), industry.get(3))) {
            assertThat(small.fewerThanFive()).isTrue();
            assertThat(small.withheld()).isTrue();
            assertThat(small.total()).isNull();
            assertThat(small.options()).isEmpty();
        }
    }

    @Test
    void aLoneSmallGroupCannotBeWorkedOutBySubtractingTheOthersFromTheHeadline() {
        List<Ballot> ballots = new ArrayList<>(ballots(6, 0, "Finance"));
        ballots.add(new Ballot(2, "Retail", "1-10", null)); // headline minus Finance would reveal this vote

        List<Results.Group> industry = PollResults.compute(OPTIONS, ballots, ResultsVisibility.ALWAYS, false, false)
                .breakdown().industry();

        assertThat(industry).containsExactly(new Results.Group("Finance", false, true, null, List.of()),
                new Results.Group("Retail", true, true, null, List.of()));
    }

    @Test
    void votersWithoutATraitCountAsHiddenToo() {
        List<Ballot> ballots = new ArrayList<>(ballots(7, 0, "Finance"));
        ballots.add(new Ballot(2, "Finance", "10,001+", "executive"));
        ballots.add(new Ballot(1, null, null, null)); // no traits: headline minus the groups would reveal it

        Results.Breakdown oneWithout = PollResults.compute(OPTIONS, ballots, ResultsVisibility.ALWAYS, false, false)
                .breakdown();
        for (int i = 0; i < 4; i++) {
            ballots.add(new Ballot(2, null, null, null));
        }
        Results.Breakdown fiveWithout = PollResults.compute(OPTIONS, ballots, ResultsVisibility.ALWAYS, false, false)
                .breakdown();

        assertThat(oneWithout.industry()).containsExactly(new Results.Group("Finance", false, true, null, List.of()));
        assertThat(oneWithout.roleFamily()).singleElement().satisfies(g -> assertThat(g.withheld()).isTrue());
        assertThat(fiveWithout.industry()).singleElement().satisfies(g -> assertThat(g.total()).isEqualTo(8));
        assertThat(fiveWithout.roleFamily()).singleElement().satisfies(g -> assertThat(g.total()).isEqualTo(8));
    }

    @Test
    void onlyAsManyGroupsAreWithheldAsNeeded() {
        List<Ballot> ballots = concat(
                ballots(4, 0, "Energy"),
                ballots(1, 1, "Energy"),
                ballots(8, 1, "Finance"),
                ballots(1, 0, "Finance"),
                ballots(2, 2, "Retail"));

        List<Results.Group> industry = PollResults.compute(OPTIONS, ballots, ResultsVisibility.ALWAYS, false, false)
                .breakdown().industry();

        // Retail's 2 are hidden; Energy (the smallest shown) joins them, making 7 hidden; Finance stays.
        assertThat(industry).extracting(Results.Group::withheld).containsExactly(true, false, true);
        assertThat(industry).extracting(Results.Group::fewerThanFive).containsExactly(false, false, true);
        assertThat(industry.get(1).total()).isEqualTo(9);
    }

    @Test
    void aGroupWhoseVotersAllChoseTheSameOptionIsWithheldHoweverLarge() {
        List<Ballot> ballots = concat(
                ballots(12, 0, "Finance"), // all Build: showing it would tell each one's vote
                ballots(3, 0, "Retail"),
                ballots(3, 1, "Retail"),
                ballots(2, 1, "Energy"), // a small group: withheld with Finance, what subtraction leaves is mixed
                ballots(1, 2, "Energy"));

        List<Results.Group> industry = PollResults.compute(OPTIONS, ballots, ResultsVisibility.ALWAYS, false, false)
                .breakdown().industry();

        assertThat(industry).containsExactly(new Results.Group("Energy", true, true, null, List.of()),
                new Results.Group("Finance", false, true, null, List.of()),
                new Results.Group("Retail", false, false, 6, List.of(new Results.OptionResult("Build", 3, 50),
                        new Results.OptionResult("Buy", 3, 50), new Results.OptionResult("Partner", 0, 0))));
    }

    @Test
    void aUnanimousRemainderIsNotLeftToBeWorkedOutBySubtraction() {
        List<Ballot> ballots = concat(
                ballots(3, 0, "Energy"), // Energy and Retail are small, but all five of them chose Build:
                ballots(2, 0, "Retail"), // headline minus Finance would say so
                ballots(4, 1, "Finance"),
                ballots(2, 2, "Finance"));

        List<Results.Group> industry = PollResults.compute(OPTIONS, ballots, ResultsVisibility.ALWAYS, false, false)
                .breakdown().industry();

        assertThat(industry).allSatisfy(group -> assertThat(group.withheld()).isTrue());
    }

    @Test
    void aSmallOpenPollCountsBallotsInStepsSoOneVoteNeverShowsAlone() {
        assertThat(PollResults.counted(0, false)).isZero();
        assertThat(PollResults.counted(4, false)).isZero();
        assertThat(PollResults.counted(5, false)).isEqualTo(5);
        assertThat(PollResults.counted(9, false)).isEqualTo(5);
        assertThat(PollResults.counted(99, false)).isEqualTo(95);
        assertThat(PollResults.counted(100, false)).isEqualTo(100);
        assertThat(PollResults.counted(101, false)).isEqualTo(101);
        assertThat(PollResults.counted(7, true)).as("a closed poll counts every ballot").isEqualTo(7);
    }

    @Test
    void refusesBallotsForOptionsThatDoNotExist() {
        assertThatThrownBy(() -> PollResults.compute(OPTIONS, List.of(new Ballot(3, null, null, null)),
                ResultsVisibility.ALWAYS, false, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A ballot chose option 3 but the poll has 3 options (numbered from 0).");
        assertThatThrownBy(() -> PollResults.compute(List.of(), List.of(), ResultsVisibility.ALWAYS, false, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Integer> percents(int... votesPerOption) {
        List<String> options = new ArrayList<>();
        List<Ballot> ballots = new ArrayList<>();
        for (int option = 0; option < votesPerOption.length; option++) {
            options.add("Option " + option);
            ballots.addAll(ballots(votesPerOption[option], option, "Any"));
        }
        return PollResults.compute(options, ballots, ResultsVisibility.ALWAYS, false, false).options().stream()
                .map(Results.OptionResult::percent).toList();
    }

    @SafeVarargs
    private static List<Ballot> concat(List<Ballot>... groups) {
        List<Ballot> all = new ArrayList<>();
        for (List<Ballot> group : groups) {
            all.addAll(group);
        }
        return all;
    }

    private static List<Ballot> ballots(int count, int option, String industry) {
        List<Ballot> ballots = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ballots.add(new Ballot(option, industry, "10,001+", "executive"));
        }
        return ballots;
    }
}
