package org.sepyarn.am.schedule;

import java.util.Objects;

/**
 * One container request the scheduler wants outstanding at the ResourceManager, made for a waiting
 * task and carrying that task's preference (relaxed: any node will do when the preferred ones are
 * busy). {@code id} names the request for its whole life, so the driver can remove exactly the one
 * the scheduler says; the scheduler may later let the same request stand for another waiting task
 * with the same preference.
 *
 * @param id unique among the job's requests
 * @param taskIndex the waiting task the request was made for
 * @param preference the hosts and racks to ask for
 */
public record ContainerAsk(long id, int taskIndex, TaskPreference preference) {
  public ContainerAsk {
    Objects.requireNonNull(preference, "preference");
  }
}
