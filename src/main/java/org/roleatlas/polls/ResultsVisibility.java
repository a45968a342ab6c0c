package org.roleatlas.polls;

/** When a poll's results may be seen by a member. */
public enum ResultsVisibility {
    /** Results are shown before voting. */
    ALWAYS,
    /** Results are hidden until the viewer has voted or the poll has closed. */
    AFTER_VOTING
}
