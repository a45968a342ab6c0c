package org.roleatlas.questions.internal;

import org.roleatlas.system.errors.BadRequestException;

/**
 * One page of a question feed, as asked for in {@code ?sort=&role=&page=&before=}.
 *
 * @param role a role slug, or null for every question (an unknown role simply has no questions)
 * @param before newest only: continue below this question id (the keyset links of the "Older questions" button);
 *               {@code page} then counts from there
 * @param page from 1
 */
record FeedQuery(QuestionSort sort, String role, Long before, int page) {

    /**
     * Deep pages are an offset walk along an index (docs/decisions/0011): cheap for hundreds of pages, but a bound
     * keeps a crawler from asking for page 10 million.
     */
    static final int MAX_PAGE = 10_000;

    FeedQuery {
        if (before != null && sort != QuestionSort.NEWEST) {
            throw new BadRequestException("Parameter 'before' works only with sort=newest; use 'page' with sort="
                    + sort.key() + ".");
        }
    }

    static FeedQuery of(String sort, String role, Long before, String page) {
        return new FeedQuery(QuestionSort.parse(sort), role == null || role.isBlank() ? null : role, before,
                page(page));
    }

    int offset(int pageSize) {
        return (page - 1) * pageSize;
    }

    private static int page(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            int page = Integer.parseInt(value.trim());
            if (page >= 1 && page <= MAX_PAGE) {
                return page;
            }
        } catch (NumberFormatException e) {
            // answered below, with the same message as an out-of-range number
        }
        throw new BadRequestException("Parameter 'page' must be a whole number from 1 to " + MAX_PAGE + ", got '"
                + value + "'.");
    }
}
