/**
 * Counting the bytes a process moves to and from the cluster file system, phase by phase, from
 * Hadoop's own per-scheme file system statistics: what runners put in their attempt reports and
 * the ApplicationMaster adds up.
 */
package org.sepyarn.runner.iocount;
