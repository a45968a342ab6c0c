package org.roleatlas.polls;

/**
 * Whole-number percentages that add up to exactly 100, by the largest-remainder method: every share is rounded
 * down, then the points still missing go to the shares that lost most by rounding; between equal remainders
 * the earlier option wins. Integer arithmetic only, so there is no floating-point drift.
 */
final class Percentages {

    private Percentages() {
    }

    /** @return all zeros when there are no votes */
    static int[] of(int[] votes) {
        int total = 0;
        for (int v : votes) {
            total += v;
        }
        int[] percents = new int[votes.length];
        if (total == 0) {
            return percents;
        }
        long[] remainders = new long[votes.length];
        int assigned = 0;
        for (int i = 0; i < votes.length; i++) {
            long scaled = 100L * votes[i];
            percents[i] = (int) (scaled / total);
            remainders[i] = scaled % total;
            assigned += percents[i];
        }
        for (int missing = 100 - assigned; missing > 0; missing--) {
            int largest = 0;
            for (int i = 1; i < votes.length; i++) {
                if (remainders[i] > remainders[largest]) { // strictly greater: ties stay with the earlier option
                    largest = i;
                }
            }
            percents[largest]++;
            remainders[largest] = -1; // each share gains at most one point
        }
        return percents;
    }
}
