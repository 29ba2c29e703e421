/**
 * Real mini clusters (HDFS and YARN) started by the client, so that a machine without Hadoop can
 * run a job through exactly the same ApplicationMaster and runner code a real cluster runs: HDFS
 * and the ResourceManager in the client's process, each NodeManager in a child JVM (the
 * integration tests keep them all in one process); or, for several jobs, HDFS and the
 * ResourceManager in a detached daemon process ({@code sepyarn cluster start}, {@link
 * org.sepyarn.client.embedded.StandingCluster}) that the commands of any shell find.
 */
package org.sepyarn.client.embedded;
