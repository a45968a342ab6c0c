/**
 * Polls on questions: the {@code poll}, {@code poll_option} and {@code poll_ballot} tables; voting
 * ({@code /polls/{id}/votes}, {@code POST /api/polls/{id}/votes}) and the results ({@code GET /api/polls/{id}}), with
 * their computation ({@link org.roleatlas.polls.PollResults}: percentages, the breakdown by voters' industry, company
 * size and role family, and the rules that keep individual votes private).
 *
 * <p>Public API: {@link org.roleatlas.polls.PollResults} → {@link org.roleatlas.polls.Results}, records
 * {@link org.roleatlas.polls.Ballot}; enum {@link org.roleatlas.polls.ResultsVisibility}; for the question that
 * carries a poll, {@link org.roleatlas.polls.QuestionPolls} with {@link org.roleatlas.polls.PollRules},
 * {@link org.roleatlas.polls.PollDraft}, {@link org.roleatlas.polls.NewPoll}, {@link org.roleatlas.polls.PollForm},
 * {@link org.roleatlas.polls.PollView} and the API records {@link org.roleatlas.polls.NewPollJson} and
 * {@link org.roleatlas.polls.PollSummaryJson}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Polls")
package org.roleatlas.polls;
