package org.sepyarn.am.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sepyarn.am.schedule.ExitReason;
import org.sepyarn.am.schedule.Locality;
import org.sepyarn.am.schedule.TaskState;
import org.sepyarn.am.status.Resumed;

/**
 * A running shot-modelling job of any size, made up, for the page's tests and for looking at the
 * page: {@code tasks} shots ({@code sx=}, {@code fmin=}, and a secret {@code token=}) on
 * {@code nodes} nodes with four containers each; the first tasks succeeded in 50 to 70 s, every
 * 97th one took five times longer, a few failed once and ran again, the next few hundred run and
 * the rest wait. Its {@code main} writes pages to look at: {@code SampleJobs FOLDER}.
 */
final class SampleJobs {
  private static final long T0 = Views.T0;
  private static final int SLOTS_PER_NODE = 4;

  private SampleJobs() {
  }

  static JobView running(int taskCount, int nodes) {
    return running(taskCount, nodes, Math.min(3_600_000, 65_000L * taskCount / (SLOTS_PER_NODE * nodes)));
  }

  /** As above, seen {@code now} milliseconds after its start. */
  private static JobView running(int taskCount, int nodes, long now) {
    int slots = SLOTS_PER_NODE * nodes;
    List<TaskRow> tasks = new ArrayList<>(taskCount);
    List<AttemptRow> attempts = new ArrayList<>();
    long[] slotFreeAt = new long[slots];
    for (int i = 0; i < taskCount; i++) {
      int slot = i % slots;
      String node = String.format("worker-%03d.seismic.example.org:8041", slot / SLOTS_PER_NODE);
      long start = slotFreeAt[slot] + 2_000;
      long duration = (i % 97 == 96 ? 300_000 : 50_000 + (i * 7919L) % 20_000);
      if (start >= now) {
        tasks.add(Views.waiting(i));
        continue;
      }
      int attempt = 1;
      if (i % 211 == 5) {
        AttemptRow failed = new AttemptRow(i, 1, container(i, 1), node, T0 + start, T0 + start + 8_000,
            ExitReason.PROGRAM_FAILED, "exit status 2: sx=" + i + " is outside the velocity model", null);
        attempts.add(failed);
        start += 10_000;
        attempt = 2;
      }
      boolean done = start + duration <= now;
      AttemptRow a = new AttemptRow(i, attempt, container(i, attempt), node, T0 + start,
          done ? T0 + start + duration : null, done ? ExitReason.SUCCEEDED : null, "", logs(node, i, attempt));
      attempts.add(a);
      slotFreeAt[slot] = done ? start + duration : now;
      tasks.add(new TaskRow(i, done ? TaskState.SUCCEEDED : TaskState.RUNNING, attempt, attempt - 1, node,
          a.containerId(), a.startedAt(), a.durationMillis(T0 + now), done ? 1 : Math.max(0, Math.min(0.99,
              (now - start) / (double) duration)), done ? ExitReason.SUCCEEDED : attempt > 1
              ? ExitReason.PROGRAM_FAILED : null, a.logsUrl(), i % 5 == 0 ? Locality.RACK_LOCAL : Locality.NODE_LOCAL));
    }
    long succeeded = tasks.stream().filter(t -> t.state() == TaskState.SUCCEEDED).count();
    JobView view = new JobView("shots-" + taskCount, Views.APP, "alice", JobPhase.RUNNING,
        succeeded / (double) taskCount, List.of("/opt/sep/bin/Fdmod", "nt=2000", "dt=0.004", "token=***"),
        List.of(new FileRow("vel=", "hdfs:///data/marmousi/vel.H", "input", "copied whole to every task"),
            new FileRow("<", "hdfs:///data/marmousi/wavelet.H", "input", "split along axis 2"),
            new FileRow(">", "hdfs:///data/marmousi/shots.H", "output", "split along axis 3, the tasks' blocks concatenated")),
        T0, T0 + now, tasks, attempts, null);
    return view.withDetails(task -> new TaskDetails.Detail(
        List.of("sx=" + (1000 + 25 * task), "fmin=" + (task % 3 + 2), "token=***"),
        List.of("< [0:2000," + task + ":" + (task + 1) + "]")),
        Resumed.of("application_1700000000000_0006", List.of(0, 1, 2, 3, 4, 5, 6, 7, 9)));
  }

  /**
   * The same job as a flow of three steps of {@code tasksPerStep} tasks each, {@code scale}, then
   * {@code smooth-time} reading its pieces, then {@code smooth-offset} reading those, seen when
   * about 1.3 steps' tasks had time to run: the first step's tasks ran first, so the last step
   * waits while the others run.
   */
  static JobView flow(int tasksPerStep, int nodes) {
    long now = Math.min(3_600_000, 65_000L * 13 * tasksPerStep / (10 * SLOTS_PER_NODE * nodes));
    return running(3 * tasksPerStep, nodes, now).inSteps(new org.sepyarn.am.status.FlowSteps(List.of(
        new org.sepyarn.am.status.FlowSteps.Step("scale", 0, tasksPerStep, List.of()),
        new org.sepyarn.am.status.FlowSteps.Step("smooth-time", tasksPerStep, tasksPerStep, List.of(0)),
        new org.sepyarn.am.status.FlowSteps.Step("smooth-offset", 2 * tasksPerStep, tasksPerStep, List.of(1)))));
  }

  private static String container(int task, int attempt) {
    return String.format("container_1700000000000_0007_01_%07d", 2 * task + attempt + 1);
  }

  private static String logs(String node, int task, int attempt) {
    return "http://" + node.replaceAll(":\\d+$", "") + ":8042/node/containerlogs/" + container(task, attempt)
        + "/alice";
  }

  /**
   * Writes {@code tasks-20.html}, {@code tasks-100000.html}, {@code nodes-400.html} and flows'
   * pages ({@code flow-*.html}) to the folder given.
   */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "target/pages");
    Files.createDirectories(folder);
    write(folder.resolve("tasks-20.html"), JobPageRenderer.render(running(20, 2)));
    write(folder.resolve("tasks-100000.html"), JobPageRenderer.render(running(100_000, 100)));
    write(folder.resolve("nodes-400.html"), JobPageRenderer.render(running(100_000, 400)));
    write(folder.resolve("tasks-100000-by-duration.html"), JobPageRenderer.render(running(100_000, 100),
        Optional.of(new org.sepyarn.am.status.TaskQuery(0, TaskTable.PAGE_ROWS, "SUCCEEDED",
            org.sepyarn.am.status.TaskSort.DURATION))));
    write(folder.resolve("flow-30.html"), JobPageRenderer.render(flow(10, 2)));
    write(folder.resolve("flow-300000.html"), JobPageRenderer.render(flow(100_000, 100)));
    write(folder.resolve("flow-30-smooth-time.html"), JobPageRenderer.render(flow(10, 2),
        Optional.of(new org.sepyarn.am.status.TaskQuery(0, TaskTable.PAGE_ROWS, null, null, "smooth-time"))));
  }

  private static void write(Path file, String html) throws IOException {
    Files.writeString(file, html, StandardCharsets.UTF_8);
    System.out.println(file + ": " + html.length() / 1024 + " KiB");
  }
}
