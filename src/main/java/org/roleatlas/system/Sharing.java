package org.roleatlas.system;

/**
 * What a page says about itself when it is shared (Open Graph and Twitter card tags in the layout's head).
 *
 * @param url  the page's address: absolute when {@code roleatlas.public-url} is set (see {@link #of})
 * @param type the Open Graph type: {@code website} or {@code article}
 */
public record Sharing(String title, String description, String url, String type) {

    /** Open Graph previews show about this much of a description. */
    static final int DESCRIPTION_LENGTH = 200;

    public Sharing {
        description = description == null ? "" : shorten(description.strip().replaceAll("\\s+", " "));
    }

    /**
     * @param siteBase the public address ({@code siteBase} of every page, see {@link PageRenderer}), or empty
     * @param path     the page's path, e.g. {@code /roles/cto}
     */
    public static Sharing of(String siteBase, String path, String title, String description, String type) {
        return new Sharing(title, description, (siteBase == null ? "" : siteBase) + path, type);
    }

    private static String shorten(String text) {
        if (text.length() <= DESCRIPTION_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
        return text.substring(0, cut > DESCRIPTION_LENGTH / 2 ? cut : DESCRIPTION_LENGTH - 1) + "…";
    }

    /** A feed offered in the page's head ({@code <link rel="alternate" type="application/atom+xml">}). */
    public record Feed(String title, String href) {
    }
}
