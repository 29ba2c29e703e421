package org.sepyarn.am.web;

import java.util.ArrayList;
import java.util.List;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.runner.spec.Plan;
import org.sepyarn.runner.spec.TaskFile;

/**
 * What each task works on, for the rows a page lists: its own arguments (secret ones hidden, as
 * {@code name=***}) and its window of each input it gets a piece of. Looked up per listed task, so
 * that a view of 100,000 tasks holds none of it.
 */
@FunctionalInterface
public interface TaskDetails {
  /** No details: a view built without the plan. */
  TaskDetails NONE = task -> Detail.EMPTY;

  /** Task {@code task}'s details. */
  Detail of(int task);

  /**
   * One task's details.
   *
   * @param args the arguments the task adds to the program's command line, as they may be shown
   * @param windows for each input cut into pieces, its tag and the task's window of samples,
   *     {@code [start:end,...]} per axis from axis 1, ends exclusive; e.g. {@code < [0:1000,200:250]}
   */
  record Detail(List<String> args, List<String> windows) {
    static final Detail EMPTY = new Detail(List.of(), List.of());

    public Detail {
      args = List.copyOf(args);
      windows = List.copyOf(windows);
    }
  }

  /** The details of {@code job}'s tasks as {@code plan} cuts them. */
  /** A flow's piece in the work folder, read whole: {@code .../pieces/task-00003/f1-_scaled}. */
  java.util.regex.Pattern PIECE = java.util.regex.Pattern.compile("/pieces/task-(\\d+)/[^/]+$");

  static TaskDetails of(JobSpec job, Plan plan) {
    org.sepyarn.formats.job.ProgramSpec program = org.sepyarn.formats.flow.FlowTasks.of(job).containerProgram();
    return task -> {
      List<String> windows = new ArrayList<>();
      for (TaskFile file : plan.tasks().get(task).files()) {
        if (file.window() != null) {
          windows.add(file.tag() + " " + file.window());
        } else if (file.irregular() != null) {
          windows.add(file.tag() + " block " + file.irregular().block() + " ("
              + org.sepyarn.formats.irregular.RecordRuns.decode(file.irregular().records()).length + " traces)");
        } else if (file.gather() != null) {
          int first = file.gather().writerFirstTask();
          windows.add(file.tag() + " its window across the pieces of tasks " + first + " to "
              + (first + file.gather().writerTasks() - 1));
        } else if (file.source() != null) {
          java.util.regex.Matcher piece = PIECE.matcher(file.source());
          if (piece.find()) {
            windows.add(file.tag() + " the piece of task " + Integer.parseInt(piece.group(1)) + ", whole");
          }
        }
      }
      return new Detail(program.shown(plan.tasks().get(task).taskArgs()), windows);
    };
  }
}
