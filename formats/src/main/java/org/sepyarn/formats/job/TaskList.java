package org.sepyarn.formats.job;

import java.util.ArrayList;
import java.util.List;

/**
 * The job's tasks: either a number of them (SEP's {@code nblock}), or one argument list per task
 * (SEP's {@code sect_pars}, a workload of shots) that the task adds to the program's command
 * line. Tasks are numbered from 0.
 */
public sealed interface TaskList permits TaskList.Count, TaskList.PerTaskArgs {
  /** The most tasks a job may have. */
  int MAX_TASKS = 1_000_000;

  /** The number of tasks. */
  int count();

  /**
   * The task's own arguments: empty when the job gives a number of tasks.
   *
   * @param task 0-based task number, below {@link #count()}
   */
  List<String> argsFor(int task);

  /** {@code count} tasks, none with arguments of its own. */
  record Count(int count) implements TaskList {
    public Count {
      Problems problems = new Problems();
      checkCount(count, problems);
      problems.throwIfAny("tasks");
    }

    static void checkCount(int count, Problems at) {
      if (count < 1 || count > MAX_TASKS) {
        at.add(count + " tasks is out of range: a job has 1 to " + MAX_TASKS + " tasks");
      }
    }

    @Override
    public List<String> argsFor(int task) {
      checkTask(task, count);
      return List.of();
    }
  }

  /** One task per argument list; a list may be empty. */
  record PerTaskArgs(List<List<String>> args) implements TaskList {
    public PerTaskArgs {
      List<List<String>> copy = new ArrayList<>();
      for (List<String> taskArgs : args) {
        copy.add(List.copyOf(taskArgs));
      }
      args = List.copyOf(copy);
      Problems problems = new Problems();
      check(args, problems);
      problems.throwIfAny("tasks");
    }

    static void check(List<List<String>> args, Problems at) {
      if (args.isEmpty()) {
        at.add("an empty list: give one argument list per task, e.g. [[\"shot=1\"], [\"shot=2\"]]");
      } else if (args.size() > MAX_TASKS) {
        at.add(args.size() + " tasks is too many: a job has at most " + MAX_TASKS + " tasks");
      }
      for (int i = 0; i < args.size(); i++) {
        ArgumentRules.checkArgs(args.get(i), at.index(i));
      }
    }

    @Override
    public int count() {
      return args.size();
    }

    @Override
    public List<String> argsFor(int task) {
      checkTask(task, args.size());
      return args.get(task);
    }
  }

  private static void checkTask(int task, int count) {
    if (task < 0 || task >= count) {
      throw new IndexOutOfBoundsException("task " + task + " does not exist: tasks are numbered 0 to " + (count - 1));
    }
  }
}
