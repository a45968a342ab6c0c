package org.roleatlas.accounts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.roleatlas.system.Choice;

/** The fixed list of industries a member can pick; keys are stable for forms, the API and the command line. */
public enum Industry implements Choice {
    SOFTWARE("Software"),
    FINANCIAL_SERVICES("Financial Services"),
    MANUFACTURING("Manufacturing"),
    HEALTHCARE("Healthcare and Biotech"),
    RETAIL("Retail and Consumer Goods"),
    GOVERNMENT("Government and Public Sector"),
    EDUCATION("Education"),
    MEDIA("Media and Telecommunications"),
    ENERGY("Energy and Utilities"),
    TRANSPORTATION("Transportation and Logistics"),
    PROFESSIONAL_SERVICES("Professional Services"),
    OTHER("Other");

    private final String label;

    Industry(String label) {
        this.label = label;
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
        return Choice.byKey(Industry.class, wanted).or(() -> Arrays.stream(values())
                .filter(i -> i.label.toLowerCase(Locale.ROOT).equals(wanted)).findFirst());
    }
}
