package org.sepyarn.am.schedule;

import java.util.List;
import java.util.Set;

/**
 * The decisions of the {@link TaskScheduler}, carried out by the YARN-facing driver. Each method is
 * one plain YARN call or one record to write; none calls back into the scheduler.
 */
public interface SchedulerActions {

  /**
   * Add container requests ({@code AMRMClient.addContainerRequest}), one per ask, on the ask's
   * preferred hosts and racks with relaxed locality.
   */
  void requestContainers(List<ContainerAsk> asks);

  /**
   * Remove container requests made earlier ({@code AMRMClient.removeContainerRequest}), named by
   * their {@link ContainerAsk#id()}: those that allocated containers satisfied and those no task
   * needs any more.
   */
  void removeRequests(List<ContainerAsk> asks);

  /** Start the container-runner in an allocated container for one attempt at a task. */
  void launch(String containerId, int taskIndex, int attemptNumber);

  /**
   * Hand attempt {@code attemptNumber} of task {@code taskIndex} to the runner in {@code containerId},
   * which finished its task and waits for the answer to its report: no new launch, the container
   * now runs this attempt.
   */
  void continueIn(String containerId, int taskIndex, int attemptNumber);

  /** Give back a container no task uses ({@code AMRMClient.releaseAssignedContainer}). */
  void release(String containerId);

  /** Stop a container whose attempt the scheduler gave up on, for the reason given. */
  void kill(String containerId, ExitReason reason);

  /** Change the node exclusions ({@code AMRMClient.updateBlacklist(add, remove)}). */
  void excludeNodes(Set<String> add, Set<String> remove);

  /** A task changed state; a journal records it before the decisions that follow it are carried out. */
  void taskStateChanged(TaskTransition transition);

  /** Every task succeeded: the job's outputs can be merged. Called once. */
  void allTasksSucceeded();

  /** The job cannot finish; unregister as failed with these diagnostics. Called once. */
  void jobFailed(JobFailure failure);
}
