package org.roleatlas.questions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("h2")
class RoleFeedCopiesOnH2Test extends RoleFeedCopiesContract {

    /**
     * H2 reads each sort of a role's feed from that sort's role-tag index alone: no question row is read (nor
     * joined) to find a page's ids.
     */
    @Override
    void plansWalkOneRoleIndexEach() {
        List<String> indexes = List.of("QUESTION_ROLE_NEWEST", "QUESTION_ROLE_MOST_VIEWED", "QUESTION_ROLE_MOST_VOTED",
                "QUESTION_ROLE_UNANSWERED");
        for (QuestionSort sort : QuestionSort.values()) {
            QuestionFeedRepository.PageSql page = QuestionFeedRepository.pageSql(new FeedQuery(sort, "cto", null, 500),
                    20, 9980);
            String plan = jdbc.sql("explain " + page.sql()).params(page.params()).query(String.class).single()
                    .toUpperCase();
            assertThat(plan).as(sort + ": " + plan).contains(indexes.get(sort.ordinal()))
                    .doesNotContain("\"QUESTION\" \"Q\"");
        }
    }
}
