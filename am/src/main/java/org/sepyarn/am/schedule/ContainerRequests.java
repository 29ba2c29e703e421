package org.sepyarn.am.schedule;

/**
 * Counts the container requests the driver has outstanding with YARN and keeps that number equal to
 * the number of waiting tasks: allocated containers satisfy requests, which are then removed, and
 * the rest is topped up or cut back. Removing satisfied requests matters: otherwise YARN's client
 * asks for them again and the job is over-allocated (SPARK-2687, FLINK-10848).
 */
final class ContainerRequests {
  private int outstanding;

  /** {@code allocated} containers arrived: as many outstanding requests are satisfied and removed. */
  void satisfiedBy(int allocated, SchedulerActions actions) {
    int satisfied = Math.min(allocated, outstanding);
    if (satisfied > 0) {
      outstanding -= satisfied;
      actions.removeRequests(satisfied);
    }
  }

  /** Brings the outstanding requests to {@code wanted}. */
  void reconcile(int wanted, SchedulerActions actions) {
    if (wanted > outstanding) {
      actions.requestContainers(wanted - outstanding);
    } else if (wanted < outstanding) {
      actions.removeRequests(outstanding - wanted);
    }
    outstanding = wanted;
  }
}
