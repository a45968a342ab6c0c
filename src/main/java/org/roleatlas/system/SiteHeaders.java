package org.roleatlas.system;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Tells the page header who is signed in on this request. Implemented by the module that owns members; every page
 * rendered through a view name gets the result as its {@code siteHeader} parameter and hands it to the layout.
 */
public interface SiteHeaders {

    /** Never null: {@link SiteHeader#SIGNED_OUT} when nobody active is signed in. */
    SiteHeader current(HttpServletRequest request);
}
