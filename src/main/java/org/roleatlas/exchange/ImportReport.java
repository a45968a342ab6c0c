package org.roleatlas.exchange;

import java.util.List;

/**
 * What an import found and did: per file how each column header and unusual row label matched, the rule for
 * gaps, per role each change (cell old → new, links added or removed), and the counts.
 */
public record ImportReport(List<String> lines, ImportSummary summary, boolean dryRun) {

    public ImportReport {
        lines = List.copyOf(lines);
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        lines.forEach(l -> out.append(l).append('\n'));
        out.append(dryRun ? "Dry run, nothing was changed. Would import " + summary.counts() : summary.describe());
        return out.toString();
    }
}
