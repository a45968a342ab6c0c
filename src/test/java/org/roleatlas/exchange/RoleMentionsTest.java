package org.roleatlas.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.roleatlas.exchange.RoleMentions.Kind;

class RoleMentionsTest {

    @Test
    void namesFollowTheReportsToPhraseUpToTheEndOfTheClause() {
        assertThat(RoleMentions.names("Reports to CEO; board-facing", Kind.REPORTS_TO)).containsExactly("CEO");
        assertThat(RoleMentions.names("Reports to VP/CTO", Kind.REPORTS_TO)).containsExactly("VP", "CTO");
        assertThat(RoleMentions.names("Reports to ML Engineering Manager, Head of Data Science, or CTO", Kind.REPORTS_TO))
                .containsExactly("ML Engineering Manager", "Head of Data Science", "CTO");
    }

    @Test
    void articlesQualifiersAndRemarksAreNotPartOfAName() {
        assertThat(RoleMentions.names("Usually reports to the CTO (or a delegate) in large companies.", Kind.REPORTS_TO))
                .containsExactly("CTO");
        assertThat(RoleMentions.names("Reports to the Engineering Manager of a product team", Kind.REPORTS_TO))
                .containsExactly("Engineering Manager");
    }

    @Test
    void theBoardAndInvestorsAreNotRoles() {
        assertThat(RoleMentions.names("Reports to the board of directors and investors", Kind.REPORTS_TO)).isEmpty();
    }

    @Test
    void careerStepsFollowArrowsAndPathPhrases() {
        assertThat(RoleMentions.names("→ VP of Engineering", Kind.NEXT_ROLES)).containsExactly("VP of Engineering");
        assertThat(RoleMentions.names("Develops expertise in ML systems; path to Senior MLOps, ML Platform Lead, "
                + "or Head of ML Engineering", Kind.NEXT_ROLES))
                .containsExactly("Senior MLOps", "ML Platform Lead", "Head of ML Engineering");
    }

    @Test
    void aShortCellWithoutAPhraseIsABareListAndALongOneNamesNobody() {
        assertThat(RoleMentions.names("CEO or CTO", Kind.REPORTS_TO)).containsExactly("CEO", "CTO");
        assertThat(RoleMentions.names("Works with many people across the company every single week of the year",
                Kind.REPORTS_TO)).isEmpty();
    }
}
