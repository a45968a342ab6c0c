package org.roleatlas.questions.internal;

import java.util.List;

/**
 * The ask form as submitted. {@code roles} holds the role inputs (blank ones too); each may name one role or several, by title, abbreviation,
 * alias or slug.
 * Public only because the precompiled templates live in another package.
 */
public record QuestionForm(String title, String body, List<String> roles, Boolean anonymous) {

    static final QuestionForm EMPTY = new QuestionForm("", "", List.of(), false);

    public QuestionForm {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** The same form with its role inputs holding just this one. */
    QuestionForm withRole(String role) {
        return new QuestionForm(title, body, List.of(role), anonymous);
    }

    /** The role input at a position, or "" (the form has five). */
    public String role(int index) {
        return index < roles.size() ? roles.get(index) : "";
    }

    public boolean isAnonymous() {
        return Boolean.TRUE.equals(anonymous);
    }

    QuestionService.NewQuestion toNewQuestion() {
        return new QuestionService.NewQuestion(title, body, roles, isAnonymous());
    }
}
