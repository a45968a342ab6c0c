package org.roleatlas.notifications.internal;

/**
 * A notification about to be written for one member.
 *
 * @param text       what the inbox says, e.g. "Someone answered your question “…”": never an anonymous author's name
 * @param link       the page and anchor it leads to, e.g. {@code /questions/12#answer-30}
 * @param sourceKind the kind of post that caused it (question, answer, comment)
 * @param sourceId   that post's id
 */
record Draft(long recipient, Kind kind, String text, String link, String sourceKind, long sourceId) {
}
