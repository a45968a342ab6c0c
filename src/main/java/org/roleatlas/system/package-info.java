/**
 * Shared plumbing that every feature module uses and that knows no feature: starting the application as a
 * server or a command, the data directory, page rendering with precompiled jte templates, and the mapping of
 * errors to RFC 9457 problem details and error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.roleatlas.system;
