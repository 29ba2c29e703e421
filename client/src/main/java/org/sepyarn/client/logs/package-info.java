/**
 * {@code sepyarn logs}: which container ran each task attempt (from the job's journal), and that
 * container's log files, read from YARN's aggregated logs once the application has ended or from
 * the NodeManager's web service while it still keeps them.
 */
package org.sepyarn.client.logs;
