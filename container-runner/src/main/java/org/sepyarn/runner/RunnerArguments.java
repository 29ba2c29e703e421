package org.sepyarn.runner;

/**
 * The runner's command line as the ApplicationMaster writes it.
 *
 * @param work the job's work folder (a URI on the cluster file system)
 * @param task the task's index
 * @param attempt the attempt number, from 1
 * @param planOffset where the task's JSON starts in the plan's task file
 * @param planLength how many bytes it has
 */
record RunnerArguments(String work, int task, int attempt, long planOffset, int planLength) {
  static final String USAGE = "usage: RunnerMain --work FOLDER --task N --attempt A --plan-offset BYTE"
      + " --plan-length BYTES";

  static RunnerArguments parse(String[] args) {
    String work = null;
    Integer task = null;
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
        case "--attempt": attempt = Integer.parseInt(args[++i]); break;
        case "--plan-offset": planOffset = Long.parseLong(args[++i]); break;
        case "--plan-length": planLength = Integer.parseInt(args[++i]); break;
        default: throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (work == null || task == null || attempt == null || planOffset == null || planLength == null) {
      throw new IllegalArgumentException(USAGE);
    }
    if (planOffset < 0 || planLength < 1) {
      throw new IllegalArgumentException("the task's plan at byte " + planOffset + ", " + planLength
          + " bytes long, is not a range of a file; " + USAGE);
    }
    return new RunnerArguments(work, task, attempt, planOffset, planLength);
  }
}
