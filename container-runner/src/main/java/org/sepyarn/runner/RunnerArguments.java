package org.sepyarn.runner;

/**
 * The runner's command line as the ApplicationMaster writes it.
 *
 * @param work the job's work folder (a URI on the cluster file system)
 * @param task the task's index
 * @param attempt the attempt number, from 1
 */
record RunnerArguments(String work, int task, int attempt) {
  static RunnerArguments parse(String[] args) {
    String work = null;
    Integer task = null;
    Integer attempt = null;
    for (int i = 0; i < args.length; i++) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + args[i] + " has no value");
      }
      switch (args[i]) {
        case "--work": work = args[++i]; break;
        case "--task": task = Integer.parseInt(args[++i]); break;
        case "--attempt": attempt = Integer.parseInt(args[++i]); break;
        default: throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (work == null || task == null || attempt == null) {
      throw new IllegalArgumentException("usage: RunnerMain --work FOLDER --task N --attempt A");
    }
    return new RunnerArguments(work, task, attempt);
  }
}
