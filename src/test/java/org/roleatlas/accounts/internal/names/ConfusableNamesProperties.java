package org.roleatlas.accounts.internal.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ConfusableNamesProperties {

    /** Latin letters and Cyrillic or Greek letters drawn the same. */
    private static final Map<Character, List<Character>> LOOK_ALIKES = Map.of(
            'a', List.of('\u0430', '\u0251'), // Cyrillic а, Latin alpha
            'e', List.of('\u0435'),           // Cyrillic е
            'o', List.of('\u043E', '\u03BF'), // Cyrillic о, Greek omicron
            'p', List.of('\u0440', '\u03C1'), // Cyrillic р, Greek rho
            'c', List.of('\u0441', '\u03F2'), // Cyrillic с, Greek lunate sigma
            'x', List.of('\u0445'),           // Cyrillic х
            'y', List.of('\u0443', '\u03B3'), // Cyrillic у, Greek gamma
            'i', List.of('\u0456', '\u03B9')  // Cyrillic і, Greek iota
    );

    @Property(tries = 300)
    void aNameWithLookAlikeLettersSubstitutedImitatesTheOriginal(@ForAll("names") String original,
                                                                 @ForAll("seeds") long seed) {
        String impostor = substitute(original, seed);

        assertThat(ConfusableNames.imitates(impostor, List.of("someone-else", original))).as(impostor).isTrue();
        assertThat(ConfusableNames.imitates(impostor, List.of(original.toUpperCase()))).as(impostor).isTrue();
    }

    @Property(tries = 300)
    void aNameIsNeverRefusedForResemblingNoOne(@ForAll("names") String name) {
        assertThat(ConfusableNames.imitates(name, List.of())).isFalse();
        assertThat(ConfusableNames.imitates(name, List.of(name + "q7"))).isFalse();
    }

    @Example
    void differentNamesAreNotConfused() {
        assertThat(ConfusableNames.imitates("Grace Harper", List.of("Grace Hopper", "grace.hopper"))).isFalse();
        assertThat(ConfusableNames.imitates("Ada", List.of("Adam"))).isFalse();
    }

    @Example
    void separatorsCaseAndLettersThatReadAlikeDoNotMakeANameNew() {
        assertThat(ConfusableNames.imitates("Ada Lovelace", List.of("ada.lovelace"))).isTrue();
        assertThat(ConfusableNames.imitates("ADA_LOVELACE", List.of("Ada Lovelace"))).isTrue();
        assertThat(ConfusableNames.imitates("Mod", List.of("rnod"))).isTrue();
        assertThat(ConfusableNames.imitates("\u0421\u0422\u041E", List.of("CTO"))).isTrue(); // Cyrillic СТО
    }

    @Provide
    Arbitrary<String> names() {
        // Words made of letters that have look-alikes and letters that have none, so each name has some to swap.
        Arbitrary<String> word = Arbitraries.strings().withChars("aeopcxyibdfhknrstv").ofMinLength(2).ofMaxLength(8)
                .filter(w -> w.chars().anyMatch(c -> LOOK_ALIKES.containsKey((char) c)));
        return word.list().ofMinSize(1).ofMaxSize(3).map(words -> String.join(" ", words));
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    /** Swaps at least one letter that has a look-alike, and each other one with even odds. */
    private static String substitute(String name, long seed) {
        java.util.Random random = new java.util.Random(seed);
        StringBuilder out = new StringBuilder();
        boolean swapped = false;
        for (char c : name.toCharArray()) {
            List<Character> alikes = LOOK_ALIKES.get(c);
            if (alikes != null && (!swapped || random.nextBoolean())) {
                out.append(alikes.get(random.nextInt(alikes.size())));
                swapped = true;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
