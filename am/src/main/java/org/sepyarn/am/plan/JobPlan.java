package org.sepyarn.am.plan;

import java.util.List;
import org.sepyarn.runner.spec.Plan;

/**
 * What the ApplicationMaster does for a job: the tasks the runners execute, and how each output
 * is merged once every task succeeded.
 */
public record JobPlan(Plan tasks, List<OutputMerge> merges) {
  public JobPlan {
    merges = List.copyOf(merges);
  }
}
