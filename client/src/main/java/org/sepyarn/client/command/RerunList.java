package org.sepyarn.client.command;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.sepyarn.client.cli.InvalidInputException;

/** The tasks {@code sepyarn resume --rerun 1,4} names: task numbers of the job, checked. */
final class RerunList {
  private RerunList() {
  }

  /**
   * The distinct task numbers in {@code text}, in order.
   *
   * @throws InvalidInputException naming what is wrong and the job's task numbers
   */
  static List<Integer> parse(String text, int taskCount) throws InvalidInputException {
    TreeSet<Integer> tasks = new TreeSet<>();
    List<String> unknown = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      String t = part.strip();
      int task;
      try {
        task = Integer.parseInt(t);
      } catch (NumberFormatException e) {
        throw new InvalidInputException("--rerun " + text + ": \"" + t + "\" is not a task number; give task"
            + " numbers separated by commas, e.g. --rerun 1,4 (sepyarn status APPID lists the tasks)");
      }
      if (task < 0 || task >= taskCount) {
        unknown.add(t);
      } else {
        tasks.add(task);
      }
    }
    if (!unknown.isEmpty()) {
      throw new InvalidInputException("--rerun " + text + ": the job has no task " + String.join(", ", unknown)
          + "; its " + taskCount + " tasks are numbered 0 to " + (taskCount - 1)
          + " (sepyarn status APPID lists them)");
    }
    return List.copyOf(tasks);
  }
}
