package org.sepyarn.formats.job;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code tasks}: a number of tasks, or a list of per-task argument lists. */
final class TaskListJsonReader {
  private TaskListJsonReader() {
  }

  /** The tasks, or empty after reporting every problem found. */
  static Optional<TaskList> read(JsonNode node, Problems at) {
    int before = at.count();
    if (node.isNumber()) {
      Optional<Integer> count = JsonValues.integer(node, at);
      count.ifPresent(c -> TaskList.Count.checkCount(c, at));
      return at.count() > before ? Optional.empty() : count.map(TaskList.Count::new);
    }
    if (!node.isArray()) {
      at.add("expected a number of tasks, e.g. 16, or a list of per-task argument lists,"
          + " e.g. [[\"shot=1\"], [\"shot=2\"]], got " + JsonValues.describe(node));
      return Optional.empty();
    }
    List<List<String>> args = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode task = node.get(i);
      if (task.isTextual()) {
        at.index(i).add("expected the argument list of task " + i + ", got " + JsonValues.describe(task)
            + "; write one list per task, e.g. [[\"shot=1\"], [\"shot=2\"]]");
      } else {
        JsonValues.strings(task, at.index(i)).ifPresent(args::add);
      }
    }
    if (at.count() > before) {
      return Optional.empty();
    }
    TaskList.PerTaskArgs.check(args, at);
    return at.count() > before ? Optional.empty() : Optional.of(new TaskList.PerTaskArgs(args));
  }
}
