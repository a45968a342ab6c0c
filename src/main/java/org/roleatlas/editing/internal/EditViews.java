package org.roleatlas.editing.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.roleatlas.catalog.Dimension;
import org.roleatlas.catalog.Family;
import org.roleatlas.catalog.Role;

/** What the editing pages show. Public only because the precompiled templates live in another package. */
public final class EditViews {

    private EditViews() {
    }

    /** A member as a page names them, linking to their page. */
    public record Person(String name, String url) {
    }

    /**
     * The role form: to edit (every field), to suggest or to review a suggestion ({@code cellsOnly}: summary and
     * dimension values). {@code conflict}: someone saved first; {@code changes} is then how the role now differs
     * from what was submitted.
     */
    public record Form(String heading, String action, String slug, String roleTitle, RoleForm form,
                       List<Dimension> dimensions, List<String> required, List<Family> families, List<Role> roles,
                       Map<String, String> errors, boolean cellsOnly, String submitLabel, boolean conflict,
                       List<RoleDiff.Change> changes) {

        public boolean isRequired(Dimension d) {
            return required.contains(d.key());
        }
    }

    /** One revision on the history page; {@code number} counts from 1, the first save in the web. */
    public record Entry(long id, int number, String kind, Person author, Person credited, Instant savedAt,
                        String reason, List<RoleDiff.Change> changes) {

        public String savedAtText() {
            return savedAt.toString().substring(0, 16).replace('T', ' ') + " UTC";
        }

        public String kindLabel() {
            return switch (kind) {
                case "restore" -> "Restored";
                case "suggestion" -> "Accepted suggestion";
                case "shipped" -> "Adopted the shipped text";
                default -> "Edited";
            };
        }
    }

    /**
     * A role's history, newest first. {@code shipped}: how the shipped text differs from the role now (empty when
     * it reads as shipped, null when the release ships no such role); {@code version} for the restore forms.
     */
    public record History(String slug, String title, List<Entry> entries, List<RoleDiff.Change> shipped,
                          boolean editor, String version) {
    }

    /** An edited role whose shipped text changed in this release. */
    public record ShippedChange(String slug, String title, List<RoleDiff.Change> changes, String version) {
    }

    /** A suggestion in the queue or on its own page; {@code decidedBy} and the decision once decided. */
    public record SuggestionItem(long id, String slug, String roleTitle, Person proposer, String reason,
                                 Instant createdAt, String status, Person decidedBy, String decisionReason,
                                 List<RoleDiff.Change> changes) {

        public String createdAtText() {
            return createdAt.toString().substring(0, 16).replace('T', ' ') + " UTC";
        }

        public boolean pending() {
            return "pending".equals(status);
        }
    }

    /** A framework's dimension as the framework form shows it: key, label, description, position in the order. */
    public record FrameworkRow(String key, String label, String description, String position) {
    }
}
