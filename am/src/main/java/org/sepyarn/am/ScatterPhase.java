package org.sepyarn.am;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.sepyarn.am.journal.JournalRecorder;
import org.sepyarn.am.locality.ClusterBlocks;
import org.sepyarn.am.locality.HostNames;
import org.sepyarn.am.locality.LocalityPlanner;
import org.sepyarn.am.schedule.TaskPreference;
import org.sepyarn.am.schedule.TaskScheduler;
import org.sepyarn.am.schedule.TaskState;
import org.sepyarn.am.schedule.TaskTransition;
import org.sepyarn.am.yarn.PhaseTaskActions;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.runner.spec.FileRole;
import org.sepyarn.runner.spec.ScatterPlan;
import org.sepyarn.runner.spec.ScatterTaskSpec;
import org.sepyarn.runner.spec.TaskFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scatter phase, before the job's tasks: a scheduler of the scatter tasks that carries on from
 * what the journal recorded of them (they are journaled as the tasks after the job's), each
 * preferring the hosts holding its slab; and how the phase ended ({@link PhaseOutcome}).
 */
final class ScatterPhase extends PhaseOutcome {
  private static final Logger LOG = LoggerFactory.getLogger(ScatterPhase.class);

  private final ScatterPlan plan;

  ScatterPhase(ScatterPlan plan, JournalRecorder journal) {
    super("scatter", plan.taskCount(), journal);
    this.plan = plan;
  }

  /** Whether the journal says every scatter task succeeded, so there is nothing left to run. */
  static boolean doneBefore(ScatterPlan plan, List<TaskTransition> history) {
    int[] succeeded = new int[plan.tasks().size()];
    int count = 0;
    for (TaskTransition t : history) {
      int k = t.taskIndex() - plan.taskCount();
      if (k >= 0 && k < succeeded.length && t.to() == TaskState.SUCCEEDED && succeeded[k]++ == 0) {
        count++;
      }
    }
    return count == succeeded.length;
  }

  /**
   * A scheduler of the scatter tasks from the journal's transitions of them ({@code history} holds
   * every task's). Their containers of earlier attempts are not adopted: those scatter tasks run
   * again, and the first attempt to commit a task's parts wins.
   */
  TaskScheduler scheduler(List<TaskPreference> preferences, List<TaskTransition> history, JobSpec job,
      PhaseTaskActions actions) {
    int first = plan.taskCount();
    int end = plan.tasksBeforeMerge();
    List<TaskTransition> ran = history.stream().filter(t -> t.taskIndex() >= first && t.taskIndex() < end)
        .map(t -> PhaseTaskActions.shift(t, -first)).toList();
    var policy = JobPolicies.forPhaseTasks(job);
    return ran.isEmpty()
        ? TaskScheduler.create(preferences, policy, Clock.systemUTC(), actions)
        : TaskScheduler.recover(preferences, ran, List.of(), Set.of(), policy, Clock.systemUTC(), actions);
  }

  /**
   * The scatter tasks as the journal recorded them, when every one succeeded in an earlier attempt
   * ({@link #doneBefore}): a scheduler to show them by, never started.
   */
  TaskScheduler recorded(List<TaskTransition> history, JobSpec job, PhaseTaskActions actions) {
    return scheduler(java.util.Collections.nCopies(plan.tasks().size(), TaskPreference.NONE), history, job, actions);
  }

  /**
   * Where each scatter task would rather run: the hosts holding most of its slab's bytes; no
   * preference when that cannot be told.
   */
  static List<TaskPreference> preferences(Configuration conf, ScatterPlan plan, Map<String, Dataset> datasets,
      HostNames hostNames) {
    List<List<TaskFile>> slabs = plan.tasks().stream().map(ScatterPhase::slabAsInput).toList();
    try {
      return LocalityPlanner.plan(slabs, datasets, new ClusterBlocks(conf), hostNames);
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot tell where the scattered inputs' blocks are; scatter tasks are requested anywhere: {}",
          e.toString());
      return java.util.Collections.nCopies(plan.tasks().size(), TaskPreference.NONE);
    }
  }

  private static List<TaskFile> slabAsInput(ScatterTaskSpec task) {
    return List.of(new TaskFile("<", FileRole.INPUT, "slab.H", task.source(), task.slab()));
  }
}
