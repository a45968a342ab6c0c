package org.roleatlas.views;

/** View counts as people read them: "1 view", "999 views", "11.7k views", "1.2M views". */
public final class ViewCounts {

    private ViewCounts() {
    }

    /** "1 view", "999 views", "11.7k views", "1.2M views". */
    public static String views(long count) {
        return compact(count) + (count == 1 ? " view" : " views");
    }

    /**
     * 999 as it is, then thousands and millions with one decimal, rounded down, and a trailing ".0" dropped: 1,000 is
     * "1k", 11,749 is "11.7k", 999,999 is "999.9k" (rounding up would print "1000k"), 1,250,000 is "1.2M".
     */
    public static String compact(long count) {
        if (count < 1_000) {
            return Long.toString(Math.max(0, count));
        }
        if (count < 1_000_000) {
            return tenths(count / 100) + "k";
        }
        return tenths(count / 100_000) + "M";
    }

    private static String tenths(long tenths) {
        long whole = tenths / 10;
        long decimal = tenths % 10;
        return decimal == 0 ? Long.toString(whole) : whole + "." + decimal;
    }
}
