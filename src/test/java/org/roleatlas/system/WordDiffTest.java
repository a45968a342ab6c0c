package org.roleatlas.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.roleatlas.system.WordDiff.Change;
import org.roleatlas.system.WordDiff.Run;

class WordDiffTest {

    @Test
    void marksTheWordsDeletedAndInsertedAndKeepsTheRest() {
        List<Run> runs = WordDiff.between("The CTO reports to the CEO.", "The CTO reports to the board.");

        assertThat(runs).containsExactly(new Run(Change.SAME, "The CTO reports to the "),
                new Run(Change.DELETED, "CEO"), new Run(Change.INSERTED, "board"), new Run(Change.SAME, "."));
    }

    @Test
    void theSameTextIsOneUnchangedRunAndJoiningTheRunsGivesBothTexts() {
        assertThat(WordDiff.between("same words", "same words")).containsExactly(new Run(Change.SAME, "same words"));

        List<Run> runs = WordDiff.between("one two three", "zero one three four");
        String before = runs.stream().filter(r -> !r.inserted()).map(Run::text).reduce("", String::concat);
        String after = runs.stream().filter(r -> !r.deleted()).map(Run::text).reduce("", String::concat);
        assertThat(before).isEqualTo("one two three");
        assertThat(after).isEqualTo("zero one three four");
    }
}
