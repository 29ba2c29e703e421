package org.sepyarn.client.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sepyarn.formats.flow.FlowTasks;
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

  /** The flow as one checked job, its steps' datasets numbered job-wide (the ApplicationMaster's numbering). */
  public CheckedJob asJob() {
    FlowTasks numbering = FlowTasks.of(job);
    List<CheckedFile> files = new ArrayList<>();
    for (CheckedStep step : steps) {
      int first = numbering.firstFile(step.index());
      for (CheckedFile f : step.datasets()) {
        files.add(new CheckedFile(first + f.index(), f.spec(), f.path(), f.dataset(), f.kept()));
      }
    }
    return new CheckedJob(job, files);
  }
}
