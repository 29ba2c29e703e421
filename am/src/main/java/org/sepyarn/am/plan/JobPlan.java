package org.sepyarn.am.plan;

import java.util.List;
import org.sepyarn.am.schedule.TaskPrerequisites;
import org.sepyarn.runner.spec.Plan;

/**
 * What the ApplicationMaster does for a job: the tasks the runners execute, and how each output
 * is merged once every task succeeded, and which tasks wait for others (a flow's readers).
 */
public record JobPlan(Plan tasks, List<OutputMerge> merges, TaskPrerequisites prerequisites) {
  public JobPlan {
    merges = List.copyOf(merges);
    java.util.Objects.requireNonNull(prerequisites, "prerequisites");
  }

  /** The plan of a job whose tasks wait for none. */
  public JobPlan(Plan tasks, List<OutputMerge> merges) {
    this(tasks, merges, TaskPrerequisites.none(tasks.tasks().size()));
  }
}
