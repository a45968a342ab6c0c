package org.roleatlas.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The keys are stored and sent by clients, so they may never change; the labels are what people read. */
class ProfileChoicesTest {

    @Test
    void industryKeysAreTheStoredOnes() {
        assertThat(Arrays.stream(Industry.values()).map(Industry::key)).containsExactly("software",
                "financial-services", "manufacturing", "healthcare", "retail", "government", "education", "media",
                "energy", "transportation", "professional-services", "other");
    }

    @Test
    void anIndustryIsFoundByKeyOrLabelInAnyCase() {
        assertThat(Industry.parse(" Professional-Services ")).contains(Industry.PROFESSIONAL_SERVICES);
        assertThat(Industry.parse("healthcare and biotech")).contains(Industry.HEALTHCARE);
        assertThat(Industry.parse("biotech")).isEmpty();
        assertThat(Industry.parse(null)).isEmpty();
    }

    @Test
    void companySizeLabelsAreTheKeysTypesetWithSeparatorsAndEnDashes() {
        assertThat(Arrays.stream(CompanySize.values()).map(CompanySize::key)).containsExactly("1-10", "11-50",
                "51-200", "201-500", "501-1000", "1001-5000", "5001-10000", "10001+");
        assertThat(Arrays.stream(CompanySize.values()).map(CompanySize::label)).containsExactly("1–10", "11–50",
                "51–200", "201–500", "501–1,000", "1,001–5,000", "5,001–10,000", "10,001+");
    }

    @Test
    void aCompanySizeIsFoundByKeyOrLabel() {
        assertThat(CompanySize.parse("5,001–10,000")).contains(CompanySize.S5001_10000);
        assertThat(CompanySize.parse("10001+")).contains(CompanySize.S10001_PLUS);
        assertThat(CompanySize.parse("10-20")).isEmpty();
    }
}
