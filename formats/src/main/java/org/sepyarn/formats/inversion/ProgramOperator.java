package org.sepyarn.formats.inversion;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sepyarn.formats.job.Distribution;
import org.sepyarn.formats.job.FileSpec;
import org.sepyarn.formats.job.ProgramSpec;

/**
 * An operator that is a serial program. Run forward it reads the model and writes the data;
 * with {@code adj=y} it reads the data and writes the model. Run in parallel over {@code tasks}
 * tasks, the model and the data are each copied to every task or split along an axis, as a job's
 * files are; a copied output is the sum of the tasks' outputs (an adjoint summed over shots).
 *
 * @param program the program and its fixed arguments
 * @param conventions its parameter names
 * @param model how the model is shared among the tasks ({@code copy} or {@code split})
 * @param data how the data is shared among the tasks
 * @param tasks how many tasks run the operator, at least 1
 * @param modelSpace a dataset whose axes and format are the operator's model space, if given
 * @param dataSpace a dataset whose axes and format are the operator's data space, if given
 * @param files the other datasets the program reads (its {@code coord=}), each copied to every
 *     task or split among them as a job's input is; forward and adjoint read them alike
 */
public record ProgramOperator(ProgramSpec program, Conventions conventions, Distribution model, Distribution data,
    int tasks, Optional<String> modelSpace, Optional<String> dataSpace, List<FileSpec> files) implements OperatorSpec {
  public ProgramOperator {
    files = List.copyOf(files);
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(conventions, "conventions");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(modelSpace, "modelSpace");
    Objects.requireNonNull(dataSpace, "dataSpace");
    if (tasks < 1) {
      throw new IllegalArgumentException("an operator runs at least 1 task, got " + tasks);
    }
  }

  @Override
  public String describe() {
    String command = program.command().get(program.command().size() - 1);
    return "program " + command.substring(command.lastIndexOf('/') + 1);
  }
}
