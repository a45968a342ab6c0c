package org.roleatlas.polls;

/**
 * One member's vote in a poll, with the voter's traits at the time of voting, for the breakdown. A trait the
 * voter has not given (no linked role, say) is null and the ballot is then left out of that trait's groups.
 *
 * @param option the index of the chosen option in the poll's option list
 */
public record Ballot(int option, String industry, String companySize, String roleFamily) {
}
