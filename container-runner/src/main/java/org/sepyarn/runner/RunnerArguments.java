package org.sepyarn.runner;

/**
 * The runner's command line as the ApplicationMaster writes it: a task's
 * ({@code --task N --plan-offset BYTE --plan-length BYTES}), a merge task's ({@code --merge K}) or a
 * scatter task's ({@code --scatter K}).
 *
 * @param work the job's work folder (a URI on the cluster file system)
 * @param task the task's index, or -1 for a merge or scatter task
 * @param merge the merge task's number, or -1
 * @param scatter the scatter task's number, or -1
 * @param attempt the attempt number, from 1
 * @param planOffset where the task's JSON starts in the plan's task file; -1 for a merge or scatter task
 * @param planLength how many bytes it has; 0 for a merge or scatter task
 */
record RunnerArguments(String work, int task, int merge, int scatter, int attempt, long planOffset, int planLength) {
  static final String USAGE = "usage: RunnerMain --work FOLDER (--task N --plan-offset BYTE --plan-length BYTES"
      + " | --merge K | --scatter K) --attempt A";

  boolean isMerge() {
    return merge >= 0;
  }

  boolean isScatter() {
    return scatter >= 0;
  }

  static RunnerArguments parse(String[] args) {
    String work = null;
    Integer task = null;
    Integer merge = null;
    Integer scatter = null;
    Integer attempt = null;
    Long planOffset = null;
    Integer planLength = null;
    for (int i = 0; i < args.length; i++) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + args[i] + " has no value");
      }
      switch (args[i]) {
        case "--work": work = args[++i]; break;
        case "--task": task = Integer.parseInt(args[++i]); break;
        case "--merge": merge = Integer.parseInt(args[++i]); break;
        case "--scatter": scatter = Integer.parseInt(args[++i]); break;
        case "--attempt": attempt = Integer.parseInt(args[++i]); break;
        case "--plan-offset": planOffset = Long.parseLong(args[++i]); break;
        case "--plan-length": planLength = Integer.parseInt(args[++i]); break;
        default: throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    int kinds = (task == null ? 0 : 1) + (merge == null ? 0 : 1) + (scatter == null ? 0 : 1);
    if (work == null || attempt == null || kinds != 1) {
      throw new IllegalArgumentException(USAGE);
    }
    if (merge != null || scatter != null) {
      if (planOffset != null || planLength != null) {
        throw new IllegalArgumentException("a " + (merge != null ? "merge" : "scatter") + " task reads the "
            + (merge != null ? "merge" : "scatter") + " plan, not a task's plan; " + USAGE);
      }
      return new RunnerArguments(work, -1, merge != null ? merge : -1, scatter != null ? scatter : -1, attempt, -1, 0);
    }
    if (planOffset == null || planLength == null) {
      throw new IllegalArgumentException(USAGE);
    }
    if (planOffset < 0 || planLength < 1) {
      throw new IllegalArgumentException("the task's plan at byte " + planOffset + ", " + planLength
          + " bytes long, is not a range of a file; " + USAGE);
    }
    return new RunnerArguments(work, task, -1, -1, attempt, planOffset, planLength);
  }
}
