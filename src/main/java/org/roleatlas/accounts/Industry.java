package org.roleatlas.accounts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The fixed list of industries a member can pick; keys are stable for forms, the API and the command line. */
public enum Industry {
    SOFTWARE("software", "Software"),
    FINANCIAL_SERVICES("financial-services", "Financial Services"),
    MANUFACTURING("manufacturing", "Manufacturing"),
    HEALTHCARE("healthcare", "Healthcare and Biotech"),
    RETAIL("retail", "Retail and Consumer Goods"),
    GOVERNMENT("government", "Government and Public Sector"),
    EDUCATION("education", "Education"),
    MEDIA("media", "Media and Telecommunications"),
    ENERGY("energy", "Energy and Utilities"),
    TRANSPORTATION("transportation", "Transportation and Logistics"),
    PROFESSIONAL_SERVICES("professional-services", "Professional Services"),
    OTHER("other", "Other");

    private final String key;
    private final String label;

    Industry(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** By key or label, ignoring case (people type either on the command line). */
    public static Optional<Industry> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(i -> i.key.equals(wanted) || i.label.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
