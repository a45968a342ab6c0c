/**
 * What several nodes on one database share: {@link org.roleatlas.system.cluster.ClusterSecrets} (keys every node
 * must agree on, made once and kept in the database), {@link org.roleatlas.system.cluster.Databases} (whether the
 * database is PostgreSQL) and ShedLock's lock provider, so {@code @SchedulerLock} work runs on one node at a time.
 */
package org.roleatlas.system.cluster;
