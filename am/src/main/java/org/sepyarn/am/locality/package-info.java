/**
 * Data-local tasks: where the bytes each task reads live in the cluster file system, computed once
 * at planning (one {@code getFileBlockLocations} per input binary file, then interval arithmetic
 * per task), as the hosts and racks each task prefers ({@link org.sepyarn.am.schedule.TaskPreference}).
 * Host names from HDFS and from YARN are brought to one form by {@link org.sepyarn.am.locality.HostNames}.
 */
package org.sepyarn.am.locality;
