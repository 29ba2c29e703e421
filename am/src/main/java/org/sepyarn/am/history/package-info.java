/**
 * The job history: a small record every job leaves when it ends (its final {@code status.json},
 * its tracking page as static HTML, its timeline, and the plan and journal that say where each task
 * ran), in a history folder on the cluster file system, kept by a count and an age rule, so that
 * {@code sepyarn status} and {@code sepyarn logs} work after the work folder is gone.
 */
package org.sepyarn.am.history;
