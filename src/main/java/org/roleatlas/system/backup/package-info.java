/**
 * Backups of the embedded H2 database: the {@code backup} and {@code restore} commands, and the endpoint on the
 * loopback management port through which a running server takes a consistent backup of the database it holds
 * (decision 0022). PostgreSQL is backed up with its own tools ({@code pg_dump}).
 */
package org.roleatlas.system.backup;
