/**
 * What every HTTP request and response passes through before any feature sees it: the bound on request bodies and
 * malformed parameters ({@link org.roleatlas.system.web.RequestLimits}), the browser security headers
 * ({@link org.roleatlas.system.web.SecurityHeaders}), also on the container's own error pages. See docs/SECURITY.md.
 */
package org.roleatlas.system.web;
