package org.roleatlas.mail;

/** The mail queue's counters on this node, for logs, tests and metrics. */
public interface MailStatistics {

    MailFigures figures();
}
