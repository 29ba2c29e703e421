package org.sepyarn.client.job;

import java.util.List;
import java.util.Objects;
import org.sepyarn.formats.job.JobSpec;

/**
 * A flow whose steps' inputs exist and fit their cuts, whose outputs may be written, and whose
 * reads of intermediates fit what their writers settle.
 *
 * @param job the flow
 * @param steps its steps, checked, in order
 */
public record CheckedFlow(JobSpec job, List<CheckedStep> steps) {
  public CheckedFlow {
    Objects.requireNonNull(job, "job");
    steps = List.copyOf(steps);
    if (!job.isFlow() || steps.size() != job.steps().size()) {
      throw new IllegalArgumentException("job " + job.name() + " has " + job.steps().size() + " steps but "
          + steps.size() + " were checked");
    }
  }
}
