package org.sepyarn.client.job;

import java.util.List;
import java.util.Objects;
import org.sepyarn.formats.job.StepSpec;

/**
 * One checked step of a flow.
 *
 * @param index its place in the flow's {@code steps}
 * @param step the step as the job describes it
 * @param datasets its files that are datasets, resolved, inputs opened, in the step's file order
 *     (its intermediates are not there: no step has written them yet)
 */
public record CheckedStep(int index, StepSpec step, List<CheckedFile> datasets) {
  public CheckedStep {
    Objects.requireNonNull(step, "step");
    datasets = List.copyOf(datasets);
  }
}
