package org.sepyarn.runner.spec;

/**
 * The names of a program's stdout and stderr files in its container's log folder. A container that
 * runs one task names them {@code program.stdout} and {@code program.stderr}; one that may run
 * several tasks one after another ({@code tasksPerContainer} above 1) names each attempt's own,
 * {@code task-N.A.program.stderr} for attempt A of task N, so that no task's log overwrites
 * another's.
 *
 * @param stdout the program's standard output, when it is not one of the task's outputs
 * @param stderr the program's standard error
 */
public record ProgramLogs(String stdout, String stderr) {
  public static final String STDOUT = "program.stdout";
  public static final String STDERR = "program.stderr";
  /** A container's only task's logs. */
  public static final ProgramLogs SINGLE = new ProgramLogs(STDOUT, STDERR);

  /** The logs of attempt {@code attempt} of task {@code task} in a job with {@code settings}. */
  public static ProgramLogs of(PlanSettings settings, int task, int attempt) {
    return of(settings.reusesContainers(), task, attempt);
  }

  /** The logs of an attempt, in a container that may run several tasks or not. */
  public static ProgramLogs of(boolean reusedContainers, int task, int attempt) {
    if (!reusedContainers) {
      return SINGLE;
    }
    String prefix = "task-" + task + "." + attempt + ".";
    return new ProgramLogs(prefix + STDOUT, prefix + STDERR);
  }

  /**
   * The file holding the log a user asks for by its usual name ({@code program.stderr} or
   * {@code program.stdout}); any other name is the file itself.
   */
  public String fileFor(String asked) {
    return switch (asked) {
      case STDOUT -> stdout;
      case STDERR -> stderr;
      default -> asked;
    };
  }
}
