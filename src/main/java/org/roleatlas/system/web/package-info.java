/**
 * What every HTTP request and response passes through before any feature sees it: the bound on request bodies and
 * malformed parameters ({@link org.roleatlas.system.web.RequestLimits}), the browser security headers
 * ({@link org.roleatlas.system.web.SecurityHeaders}), also on the container's own error pages, and the early path that
 * sends a feature's cached public responses before the dispatcher ({@link org.roleatlas.system.web.ReadyResponses}).
 * See docs/SECURITY.md.
 */
package org.roleatlas.system.web;
