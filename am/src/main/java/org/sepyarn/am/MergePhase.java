package org.sepyarn.am;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.sepyarn.am.locality.ClusterBlocks;
import org.sepyarn.am.locality.HostNames;
import org.sepyarn.am.locality.MergeLocality;
import org.sepyarn.am.merge.MergeTaskRule;
import org.sepyarn.am.merge.OutputMerger;
import org.sepyarn.am.plan.JobPlan;
import org.sepyarn.am.schedule.SchedulingPolicy;
import org.sepyarn.am.schedule.TaskPreference;
import org.sepyarn.am.schedule.TaskScheduler;
import org.sepyarn.am.schedule.TaskTransition;
import org.sepyarn.am.yarn.PhaseTaskActions;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.runner.merge.MergeAttempt;
import org.sepyarn.runner.spec.MergePlan;
import org.sepyarn.runner.spec.PlanCodec;
import org.sepyarn.runner.spec.SmallFiles;
import org.sepyarn.runner.spec.WorkLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The merge phase's plan and scheduler, once every task succeeded: the merge tasks an earlier
 * attempt planned, or new ones written before any runs; where each would rather run; and a
 * scheduler of them that carries on from what the journal recorded of them (as the tasks after the
 * job's).
 */
final class MergePhase {
  private static final Logger LOG = LoggerFactory.getLogger(MergePhase.class);

  private MergePhase() {
  }

  /**
   * The merge tasks: those in the work folder, else those {@link OutputMerger#planMergeTasks}
   * plans for the outputs not merged yet, written to the work folder first. A job without merged
   * outputs has none, and a plan without merge tasks is not written (a later attempt plans it
   * again, as quickly).
   */
  static MergePlan planOrRead(Configuration conf, FileSystem fs, WorkLayout work, JobSpec job, JobPlan plan,
      int firstMergeTask, String appId, Set<Integer> merged, IntSupplier clusterNodes) throws IOException {
    if (plan.merges().isEmpty()) {
      return new MergePlan(firstMergeTask, List.of());
    }
    if (fs.exists(work.mergePlan())) {
      MergePlan earlier = MergeAttempt.readPlan(fs, work);
      LOG.info("an earlier attempt planned {} merge tasks; running those", earlier.tasks().size());
      return earlier;
    }
    MergePlan planned = new OutputMerger(conf, work, job, appId).planMergeTasks(plan.merges(), merged,
        MergeTaskRule.from(conf), Math.max(1, clusterNodes.getAsInt()), firstMergeTask);
    if (!planned.isEmpty()) {
      SmallFiles.replace(fs, work.mergePlan(), PlanCodec.write(planned));
    }
    return planned;
  }

  /**
   * A scheduler of the merge tasks, merge task {@code k} preferring {@code preferences[k]}, from the
   * journal's transitions of them ({@code history} holds every task's; merge task {@code k}'s are
   * task {@code taskCount + k}'s, after the job's tasks and scatter tasks). Their containers of
   * earlier attempts are not adopted: those merge tasks run again.
   */
  static TaskScheduler scheduler(MergePlan merges, List<TaskPreference> preferences, List<TaskTransition> history,
      JobSpec job, PhaseTaskActions actions) {
    int taskCount = merges.taskCount();
    List<TaskTransition> ran = history.stream().filter(t -> t.taskIndex() >= taskCount)
        .map(t -> PhaseTaskActions.shift(t, -taskCount)).toList();
    SchedulingPolicy policy = JobPolicies.forPhaseTasks(job);
    return ran.isEmpty()
        ? TaskScheduler.create(preferences, policy, Clock.systemUTC(), actions)
        : TaskScheduler.recover(preferences, ran, List.of(), Set.of(), policy, Clock.systemUTC(), actions);
  }

  /**
   * Where each merge task would rather run: the hosts holding most of the bytes it reads from the
   * committed pieces in {@code work}; no preference when that cannot be told
   * ({@link MergeLocality#planOrNone}).
   */
  static List<TaskPreference> preferences(Configuration conf, FileSystem fs, WorkLayout work, MergePlan merges,
      HostNames hostNames) {
    return MergeLocality.planOrNone(merges, (piece, localName) -> Dataset.open(fs, work.piece(piece, localName)),
        new ClusterBlocks(conf), hostNames);
  }
}
