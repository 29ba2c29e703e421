package org.sepyarn.am.web;

/**
 * Where the web server gets the job to show. Called on the server's request threads, so it must
 * be thread-safe and quick: hand out a view taken earlier, do not query the scheduler.
 */
@FunctionalInterface
public interface JobViewSource {
  /** The latest view of the job. */
  JobView current();
}
