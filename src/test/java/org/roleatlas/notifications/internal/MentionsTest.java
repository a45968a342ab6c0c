package org.roleatlas.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void findsUsernamesInTextLowerCasedOnceEach() {
        assertThat(Mentions.in("Thanks @Ada and @grace.h, and again @ada.")).containsExactly("ada", "grace.h");
    }

    @Test
    void ignoresCodeSpansCodeBlocksAndEmailAddresses() {
        assertThat(Mentions.in("Run `@ada`\n\n```\n@grace\n```\n\n    @linus\n\nmail ada@example.com")).isEmpty();
    }

    @Test
    void findsMentionsInsideEmphasisLinksAndLists() {
        assertThat(Mentions.in("- *ask @ada*\n- [@grace](https://example.com)")).containsExactly("ada", "grace");
    }

    @Test
    void ignoresNamesTooShortToBeUsernames() {
        assertThat(Mentions.in("@a @bo @bob")).containsExactly("bob");
    }
}
