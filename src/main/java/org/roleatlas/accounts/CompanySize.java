package org.roleatlas.accounts;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roleatlas.system.Choice;

/** Company size bands, as employees; keys ({@code 1-10}, {@code 10001+}) are stable, labels are for reading. */
public enum CompanySize implements Choice {
    S1_10("1-10"),
    S11_50("11-50"),
    S51_200("51-200"),
    S201_500("201-500"),
    S501_1000("501-1000"),
    S1001_5000("1001-5000"),
    S5001_10000("5001-10000"),
    S10001_PLUS("10001+");

    private static final Pattern NUMBER = Pattern.compile("[0-9]+");

    private final String key;

    CompanySize(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /** The key as it is typeset: thousands separators and an en dash ("501–1,000", "10,001+"). */
    @Override
    public String label() {
        StringBuilder label = new StringBuilder();
        Matcher number = NUMBER.matcher(key);
        while (number.find()) {
            number.appendReplacement(label, String.format(Locale.ROOT, "%,d", Long.parseLong(number.group())));
        }
        return number.appendTail(label).toString().replace('-', '–');
    }

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

    /** By key or label; dashes, en dashes and thousands separators are all accepted ("10,001+", "501–1,000"). */
    public static Optional<CompanySize> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().replace(",", "").replace('–', '-').replace(" ", "");
        return Choice.byKey(CompanySize.class, wanted);
    }
}
