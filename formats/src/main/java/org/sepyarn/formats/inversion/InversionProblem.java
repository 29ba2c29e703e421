package org.sepyarn.formats.inversion;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * An inversion, as {@code problem.json} describes it: estimate the model {@code m} from the data
 * {@code d}, starting from {@code initialModel}, by {@code niter} conjugate-gradient iterations
 * of {@code solver} with {@code operator} as {@code L}.
 *
 * @param name the application's name
 * @param data the data vector's dataset
 * @param initialModel the initial model's dataset; its axes and format are the model space
 * @param operator {@code L}, from the model space to the data space
 * @param solver which problem is solved
 * @param niter iterations, at least 1
 * @param output where the model (and, if wanted, each iteration) is written
 * @param overwrite whether existing outputs may be replaced
 * @param jobSettings the settings of the job that runs the solve ({@code resources},
 *     {@code queue}, {@code maxAttempts}, ...), as a job file writes them
 */
public record InversionProblem(String name, String data, String initialModel, OperatorSpec operator,
    SolverSpec solver, int niter, InversionOutputs output, boolean overwrite, ObjectNode jobSettings) {
  public static final int VERSION = 1;
  public static final int MAX_ITERATIONS = 100_000;

  public InversionProblem {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(initialModel, "initialModel");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(solver, "solver");
    Objects.requireNonNull(output, "output");
    jobSettings = jobSettings.deepCopy();
    if (niter < 1 || niter > MAX_ITERATIONS) {
      throw new IllegalArgumentException("niter must be 1 to " + MAX_ITERATIONS + ", got " + niter);
    }
  }

  /**
   * Reads and checks {@code problem.json}, reporting every problem at its field path.
   *
   * @throws org.sepyarn.formats.job.JobValidationException listing each problem
   */
  /** The job settings (a copy: the record stays unchanged). */
  @Override
  public ObjectNode jobSettings() {
    return jobSettings.deepCopy();
  }

  public static InversionProblem parse(String json, String source) {
    return ProblemJsonReader.read(json, source);
  }
}
