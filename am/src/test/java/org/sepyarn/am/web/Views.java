package org.sepyarn.am.web;

import java.util.ArrayList;
import java.util.List;
import org.sepyarn.am.schedule.ExitReason;
import org.sepyarn.am.schedule.TaskState;

/** Hand-built views of a job for the renderers' tests. */
final class Views {
  static final long T0 = 1_700_000_000_000L;
  static final String APP = "application_1700000000000_0007";

  private Views() {
  }

  static AttemptRow running(int task, int number, String node, long startOffset) {
    return new AttemptRow(task, number, container(task, number), node, T0 + startOffset, null, null, "",
        "http://" + node.replaceAll(":\\d+$", "") + ":8042/node/containerlogs/" + container(task, number) + "/alice");
  }

  static AttemptRow ended(int task, int number, String node, long startOffset, long endOffset, ExitReason reason,
      String diagnostics) {
    return new AttemptRow(task, number, container(task, number), node, T0 + startOffset, T0 + endOffset, reason,
        diagnostics, null);
  }

  static TaskRow waiting(int index) {
    return new TaskRow(index, TaskState.WAITING, 0, 0, null, null, null, null, 0, null, null);
  }

  static TaskRow task(int index, TaskState state, AttemptRow last, long takenOffset) {
    return new TaskRow(index, state, last.number(), 0, last.node(), last.containerId(), last.startedAt(),
        last.durationMillis(T0 + takenOffset), state == TaskState.SUCCEEDED ? 1 : 0, last.exitReason(),
        last.logsUrl());
  }

  static JobView view(String name, JobPhase phase, List<TaskRow> tasks, List<AttemptRow> attempts, long takenOffset) {
    return new JobView(name, APP, "alice", phase, 0.5, List.of("/opt/rsf/bin/sfsmooth", "rect1=5"),
        List.of(new FileRow("<", "hdfs:///data/in.H", "input", "split along axis 2")), T0, T0 + takenOffset,
        tasks, attempts, null);
  }

  /**
   * Four tasks on two nodes: task 0 failed once (program) and then succeeded, task 1 was preempted and
   * runs again, task 2 runs, task 3 waits.
   */
  static JobView mixed() {
    List<AttemptRow> attempts = new ArrayList<>();
    AttemptRow failed = ended(0, 1, "node-a:45454", 1_000, 21_000, ExitReason.PROGRAM_FAILED, "exit status 3");
    AttemptRow succeeded = ended(0, 2, "node-b:45454", 22_000, 82_000, ExitReason.SUCCEEDED, "");
    AttemptRow preempted = ended(1, 1, "node-a:45454", 1_000, 30_000, ExitReason.PREEMPTED, "preempted");
    AttemptRow again = running(1, 2, "node-b:45454", 31_000);
    AttemptRow third = running(2, 1, "node-a:45454", 25_000);
    attempts.add(failed);
    attempts.add(succeeded);
    attempts.add(preempted);
    attempts.add(again);
    attempts.add(third);
    List<TaskRow> tasks = List.of(
        new TaskRow(0, TaskState.SUCCEEDED, 2, 1, succeeded.node(), succeeded.containerId(), succeeded.startedAt(),
            60_000L, 1, ExitReason.SUCCEEDED, null),
        task(1, TaskState.RUNNING, again, 100_000),
        task(2, TaskState.RUNNING, third, 100_000),
        waiting(3));
    return view("mixed", JobPhase.RUNNING, tasks, attempts, 100_000);
  }

  private static String container(int task, int number) {
    return String.format("container_1700000000000_0007_01_%06d", 10 * task + number + 1);
  }
}
