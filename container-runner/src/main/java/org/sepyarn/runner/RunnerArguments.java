package org.sepyarn.runner;

/**
 * The runner's command line as the ApplicationMaster writes it.
 *
 * @param work the job's work folder (a URI on the cluster file system)
 * @param task the task's index, or -1 for a merge task
 * @param merge the merge task's number, or -1 for a task
 * @param attempt the attempt number, from 1
 */
record RunnerArguments(String work, int task, int merge, int attempt) {
  boolean isMerge() {
    return merge >= 0;
  }

  static RunnerArguments parse(String[] args) {
    String work = null;
    Integer task = null;
    Integer merge = null;
    Integer attempt = null;
    for (int i = 0; i < args.length; i++) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + args[i] + " has no value");
      }
      switch (args[i]) {
        case "--work": work = args[++i]; break;
        case "--task": task = Integer.parseInt(args[++i]); break;
        case "--merge": merge = Integer.parseInt(args[++i]); break;
        case "--attempt": attempt = Integer.parseInt(args[++i]); break;
        default: throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (work == null || (task == null) == (merge == null) || attempt == null) {
      throw new IllegalArgumentException("usage: RunnerMain --work FOLDER (--task N | --merge K) --attempt A");
    }
    return new RunnerArguments(work, task == null ? -1 : task, merge == null ? -1 : merge, attempt);
  }
}
