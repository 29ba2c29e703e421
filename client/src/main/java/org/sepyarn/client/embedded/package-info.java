/**
 * Real mini clusters in-process (HDFS and YARN) so that a machine without Hadoop can run a job
 * through exactly the same ApplicationMaster and runner code a real cluster runs.
 */
package org.sepyarn.client.embedded;
