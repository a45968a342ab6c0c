package org.roleatlas.lint.internal;

import java.util.List;

import org.roleatlas.catalog.CatalogLint;

/** What {@code /catalog/lint} shows: every finding, and the rules checked. */
public record LintPage(int roleCount, List<Row> rows, List<CatalogLint.Rule> rules) {

    /** One finding: the role's name and link, the rule and what is wrong. */
    public record Row(String slug, String roleName, String rule, String ruleDescription, String field, String message) {
    }
}
