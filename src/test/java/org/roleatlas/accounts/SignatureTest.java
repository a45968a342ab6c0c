package org.roleatlas.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class SignatureTest {

    @Test
    void readsLikeTheSeedTitleInIndustryCommaSizeEmployees() {
        Signature signature = new Signature("Chief Information Officer", Industry.MANUFACTURING.label(),
                CompanySize.S10001_PLUS.label(), "Ada Lovelace");

        assertThat(signature.text()).isEqualTo("Chief Information Officer in Manufacturing, 10,001+ employees");
        assertThat(signature.isAnonymous()).isFalse();
    }

    @Test
    void anAnonymousSignatureNeverCarriesTheName() {
        Signature named = new Signature("CTO", "Software", "11–50", "Ada Lovelace");

        assertThat(named.anonymous().displayName()).isNull();
        assertThat(named.anonymous().text()).isEqualTo("CTO in Software, 11–50 employees").doesNotContain("Ada");
        assertThat(Signature.ofAnonymous("CTO", null, null).isAnonymous()).isTrue();
    }

    @Test
    void missingPartsAreLeftOut() {
        assertThat(new Signature(null, null, null, "x").text()).isEqualTo("Member");
        assertThat(new Signature("CTO", null, "1–10", "x").text()).isEqualTo("CTO at a company of 1–10 employees");
        assertThat(new Signature("CTO", "Education", null, "x").text()).isEqualTo("CTO in Education");
    }

    @Test
    void companySizeBandsAreExactlyTheEightOfTheIssueAndParseByKeyOrLabel() {
        assertThat(Arrays.stream(CompanySize.values()).map(CompanySize::label)).containsExactly(
                "1–10", "11–50", "51–200", "201–500", "501–1,000", "1,001–5,000", "5,001–10,000", "10,001+");
        for (CompanySize size : CompanySize.values()) {
            assertThat(CompanySize.parse(size.key())).contains(size);
            assertThat(CompanySize.parse(size.label())).contains(size);
        }
        assertThat(CompanySize.parse("10001+")).contains(CompanySize.S10001_PLUS);
        assertThat(CompanySize.parse("12")).isEmpty();
    }

    @Test
    void industriesParseByKeyOrLabelIgnoringCase() {
        for (Industry industry : Industry.values()) {
            assertThat(Industry.parse(industry.key())).contains(industry);
            assertThat(Industry.parse(industry.label().toUpperCase())).contains(industry);
        }
        assertThat(Industry.parse("piracy")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void anonymousPostsShowOneOfThreeWideSizeBandsInsteadOfEight() {
        java.util.Map<String, Long> bands = java.util.Arrays.stream(CompanySize.values())
                .collect(java.util.stream.Collectors.groupingBy(CompanySize::anonymousBand,
                        java.util.stream.Collectors.counting()));
        assertThat(bands).containsOnlyKeys("1–200", "201–5,000", "5,001+");
        assertThat(CompanySize.S10001_PLUS.anonymousBand()).isEqualTo("5,001+");
        assertThat(CompanySize.S11_50.anonymousBand()).isEqualTo("1–200");
    }
}
