package org.sepyarn.am.yarn;

import java.util.List;
import java.util.Set;
import org.sepyarn.am.schedule.ContainerAsk;
import org.sepyarn.am.schedule.ExitReason;
import org.sepyarn.am.schedule.JobFailure;
import org.sepyarn.am.schedule.SchedulerActions;
import org.sepyarn.am.schedule.TaskTransition;

/**
 * Carries out the decisions of the scheduler of a phase of the job's own tasks, numbered from 0,
 * with the same YARN clients as the job's tasks: the scatter phase before the tasks, the merge phase
 * after. Task {@code k} of the phase is launched as a scatter or merge runner and journaled as task
 * {@code firstTask + k}, so that one journal and one set of reports hold every phase.
 */
public final class PhaseTaskActions implements SchedulerActions {
  /** Hears how the phase ends; transitions come numbered as the journal knows them. */
  public interface Listener {
    void phaseTaskStateChanged(TaskTransition transition);

    void allPhaseTasksSucceeded();

    void phaseFailed(JobFailure failure);
  }

  /** Starts a runner for task {@code number} of the phase, task {@code taskIndex} of the journal. */
  @FunctionalInterface
  private interface Launcher {
    void launch(YarnScheduling yarn, String containerId, int number, int taskIndex, int attemptNumber);
  }

  private final YarnScheduling yarn;
  private final int firstTask;
  private final long firstAskId;
  private final Launcher launcher;
  private final Listener listener;

  private PhaseTaskActions(YarnScheduling yarn, int firstTask, long firstAskId, Launcher launcher, Listener listener) {
    this.yarn = yarn;
    this.firstTask = firstTask;
    this.firstAskId = firstAskId;
    this.launcher = launcher;
    this.listener = listener;
  }

  /** The merge phase's, whose merge task {@code k} is task {@code firstTask + k}. */
  public static PhaseTaskActions merges(YarnScheduling yarn, int firstTask, Listener listener) {
    return new PhaseTaskActions(yarn, firstTask, 1L << 48, YarnScheduling::launchMerge, listener);
  }

  /** The scatter phase's, whose scatter task {@code k} is task {@code firstTask + k}. */
  public static PhaseTaskActions scatters(YarnScheduling yarn, int firstTask, Listener listener) {
    return new PhaseTaskActions(yarn, firstTask, 1L << 47, YarnScheduling::launchScatter, listener);
  }

  /** A phase's transition as the journal records it, and back. */
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
   * The phase's scheduler numbers its asks from 0 too: theirs are kept apart from any of the
   * tasks' and the other phase's; and each names its task as the logs do, task {@code firstTask + k}.
   */
  private List<ContainerAsk> shifted(List<ContainerAsk> asks) {
    return asks.stream().map(a -> new ContainerAsk(firstAskId + a.id(), firstTask + a.taskIndex(), a.preference()))
        .toList();
  }

  @Override
  public void launch(String containerId, int taskIndex, int attemptNumber) {
    launcher.launch(yarn, containerId, taskIndex, firstTask + taskIndex, attemptNumber);
  }

  /** Never called: a phase task's container runs that task only. */
  @Override
  public void continueIn(String containerId, int taskIndex, int attemptNumber) {
    throw new UnsupportedOperationException("scatter and merge task containers run one task each; container "
        + containerId + " cannot run task " + (firstTask + taskIndex) + " next");
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
    listener.phaseTaskStateChanged(shift(transition, firstTask));
  }

  @Override
  public void allTasksSucceeded() {
    listener.allPhaseTasksSucceeded();
  }

  @Override
  public void jobFailed(JobFailure failure) {
    listener.phaseFailed(failure);
  }
}
