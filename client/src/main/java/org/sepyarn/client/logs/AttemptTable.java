package org.sepyarn.client.logs;

import java.io.PrintStream;
import java.util.Map;

/** The last attempt of every task, with its container and node and the command that shows its logs. */
public final class AttemptTable {
  private AttemptTable() {
  }

  public static void print(String applicationId, TaskAttempts attempts, PrintStream out) {
    Map<Integer, AttemptLocation> last = attempts.lastAttempts();
    out.println(applicationId + ": " + attempts.taskCount() + " tasks, " + last.size()
        + " started; the last attempt of each:");
    out.printf("  %5s  %7s  %-16s  %-40s  %-24s  %s%n", "task", "attempt", "outcome", "container", "node",
        "its program's stderr");
    for (int task = 0; task < attempts.taskCount(); task++) {
      AttemptLocation a = last.get(task);
      if (a == null) {
        out.printf("  %5d  %7s  %-16s  %-40s  %-24s  %s%n", task, "-", "not started", "-", "-", "-");
      } else {
        out.printf("  %5d  %7d  %-16s  %-40s  %-24s  %s%n", task, a.attempt(), a.outcome(), a.containerId(), a.node(),
            "sepyarn logs " + applicationId + " --task " + task);
      }
    }
    out.println("Earlier attempts: add --attempt K; other files: --file " + String.join("|", LogFileName.KNOWN) + ".");
  }
}
