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

  /**
   * Four tasks done, two scatter tasks done (tasks 4 and 5; scatter task 1 failed once on node-b)
   * and one merge task running (task 6): a job merging that scattered its inputs first.
   */
  static JobView scatteredAndMerging() {
    List<TaskRow> done = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      done.add(new TaskRow(i, TaskState.SUCCEEDED, 1, 0, "node-a:45454", "c" + i, T0 + 40_000, 20_000L, 1,
          ExitReason.SUCCEEDED, null));
    }
    AttemptRow scatter0 = ended(4, 1, "node-a:45454", 1_000, 30_000, ExitReason.SUCCEEDED, "");
    AttemptRow scatter1Failed = ended(5, 1, "node-b:45454", 1_000, 9_000, ExitReason.PROGRAM_FAILED, "exit status 5");
    AttemptRow scatter1 = ended(5, 2, "node-a:45454", 10_000, 35_000, ExitReason.SUCCEEDED, "");
    AttemptRow merge0 = running(6, 1, "node-b:45454", 90_000);
    return view("scattered", JobPhase.MERGING, done, List.of(), 100_000)
        .withScatterTasks(List.of(task(0, TaskState.SUCCEEDED, scatter0, 100_000),
            new TaskRow(1, TaskState.SUCCEEDED, 2, 1, scatter1.node(), scatter1.containerId(), scatter1.startedAt(),
                25_000L, 1, ExitReason.SUCCEEDED, null)), List.of(scatter0, scatter1Failed, scatter1))
        .withMergeTasks(List.of(task(0, TaskState.RUNNING, merge0, 100_000)), List.of(merge0));
  }

  private static String container(int task, int number) {
    return String.format("container_1700000000000_0007_01_%06d", 10 * task + number + 1);
  }
}
