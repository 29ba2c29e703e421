/**
 * Data-local tasks and merge tasks: where the bytes each task reads live in the cluster file system,
 * computed once at planning (one {@code getFileBlockLocations} per input binary file, then interval
 * arithmetic per task), as the hosts and racks each task prefers ({@link org.sepyarn.am.schedule.TaskPreference});
 * and likewise for the merge tasks once they are planned, from the rows of the committed pieces each
 * one's slabs read ({@link org.sepyarn.am.locality.MergeReads}, {@link org.sepyarn.am.locality.MergeLocality}).
 * Host names from HDFS and from YARN are brought to one form by {@link org.sepyarn.am.locality.HostNames}.
 */
package org.sepyarn.am.locality;
