package org.roleatlas.accounts;

import java.util.Arrays;
import java.util.Optional;

/** Company size bands, as employees; keys ({@code 1-10}, {@code 10001+}) are stable, labels are for reading. */
public enum CompanySize {
    S1_10("1-10", "1–10"),
    S11_50("11-50", "11–50"),
    S51_200("51-200", "51–200"),
    S201_500("201-500", "201–500"),
    S501_1000("501-1000", "501–1,000"),
    S1001_5000("1001-5000", "1,001–5,000"),
    S5001_10000("5001-10000", "5,001–10,000"),
    S10001_PLUS("10001+", "10,001+");

    private final String key;
    private final String label;

    CompanySize(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** By key or label; dashes, en dashes and thousands separators are all accepted ("10,001+", "501–1,000"). */
    /**
     * The wide band an anonymous post shows instead of this one ("1–200", "201–5,000", "5,001+"): the eight bands
     * of named posts would, with industry and role, often single a member out.
     */
    public String anonymousBand() {
        return switch (this) {
            case S1_10, S11_50, S51_200 -> "1–200";
            case S201_500, S501_1000, S1001_5000 -> "201–5,000";
            case S5001_10000, S10001_PLUS -> "5,001+";
        };
    }

    public static Optional<CompanySize> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().replace(",", "").replace('–', '-').replace(" ", "");
        return Arrays.stream(values()).filter(s -> s.key.equals(wanted)).findFirst();
    }
}
