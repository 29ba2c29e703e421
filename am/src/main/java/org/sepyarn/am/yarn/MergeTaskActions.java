package org.sepyarn.am.yarn;

import java.util.List;
import java.util.Set;
import org.sepyarn.am.schedule.ContainerAsk;
import org.sepyarn.am.schedule.ExitReason;
import org.sepyarn.am.schedule.JobFailure;
import org.sepyarn.am.schedule.SchedulerActions;
import org.sepyarn.am.schedule.TaskTransition;

/**
 * Carries out the decisions of the scheduler of the merge phase, whose tasks are the merge tasks
 * numbered from 0, with the same YARN clients as the tasks: merge task {@code k} is launched as a
 * merge runner and journaled as task {@code taskCount + k}, so that one journal and one set of
 * reports hold both phases.
 */
public final class MergeTaskActions implements SchedulerActions {
  /** Hears how the merge phase ends. */
  public interface Listener {
    void mergeTaskStateChanged(TaskTransition transition);

    void allMergeTasksSucceeded();

    void mergeFailed(JobFailure failure);
  }

  private static final long ASK_IDS = 1L << 48;

  private final YarnScheduling yarn;
  private final int taskCount;
  private final Listener listener;

  /** @param taskCount the job's task count, the offset of the merge tasks' indexes */
  public MergeTaskActions(YarnScheduling yarn, int taskCount, Listener listener) {
    this.yarn = yarn;
    this.taskCount = taskCount;
    this.listener = listener;
  }

  /** A merge-phase transition as the journal records it, and back. */
  public static TaskTransition shift(TaskTransition t, int by) {
    return new TaskTransition(t.taskIndex() + by, t.from(), t.to(), t.attempt(), t.at());
  }

  @Override
  public void requestContainers(List<ContainerAsk> asks) {
    yarn.requestContainers(shifted(asks));
  }

  @Override
  public void removeRequests(List<ContainerAsk> asks) {
    yarn.removeRequests(shifted(asks));
  }

  /**
   * The merge scheduler numbers its asks from 0 too: theirs are kept apart from any of the tasks';
   * and each names its merge task as the logs do, task {@code taskCount + k}.
   */
  private List<ContainerAsk> shifted(List<ContainerAsk> asks) {
    return asks.stream().map(a -> new ContainerAsk(ASK_IDS + a.id(), taskCount + a.taskIndex(), a.preference()))
        .toList();
  }

  @Override
  public void launch(String containerId, int taskIndex, int attemptNumber) {
    yarn.launchMerge(containerId, taskIndex, taskCount + taskIndex, attemptNumber);
  }

  /** Never called: a merge task's container runs that merge task only. */
  @Override
  public void continueIn(String containerId, int taskIndex, int attemptNumber) {
    throw new UnsupportedOperationException("merge task containers run one merge task each; container " + containerId
        + " cannot run merge task " + taskIndex + " next");
  }

  @Override
  public void release(String containerId) {
    yarn.release(containerId);
  }

  @Override
  public void kill(String containerId, ExitReason reason) {
    yarn.kill(containerId, reason);
  }

  @Override
  public void excludeNodes(Set<String> add, Set<String> remove) {
    yarn.excludeNodes(add, remove);
  }

  @Override
  public void taskStateChanged(TaskTransition transition) {
    listener.mergeTaskStateChanged(shift(transition, taskCount));
  }

  @Override
  public void allTasksSucceeded() {
    listener.allMergeTasksSucceeded();
  }

  @Override
  public void jobFailed(JobFailure failure) {
    listener.mergeFailed(failure);
  }
}
