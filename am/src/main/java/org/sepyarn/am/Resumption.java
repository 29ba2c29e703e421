package org.sepyarn.am;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.sepyarn.am.journal.JournalReader;
import org.sepyarn.am.journal.JournalState;
import org.sepyarn.am.schedule.TaskState;
import org.sepyarn.am.schedule.TaskTransition;
import org.sepyarn.runner.spec.WorkLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes over the finished tasks of an earlier run of the same job ({@code sepyarn resume}, SEP's
 * restart from its status file): checks that the job and its inputs are unchanged, moves each
 * finished task's committed pieces into this run's work folder, and returns those tasks'
 * history so the scheduler counts them as done and never runs them again. Tasks named to be run
 * again ({@code sepyarn resume --rerun}) are not taken over: their pieces stay behind in the
 * earlier run's folder and they run as if they never had.
 */
public final class Resumption {
  private static final Logger LOG = LoggerFactory.getLogger(Resumption.class);

  private Resumption() {
  }

  static List<TaskTransition> takeOver(FileSystem fs, WorkLayout earlier, WorkLayout current, String fingerprint)
      throws IOException {
    return takeOver(fs, earlier, current, fingerprint, java.util.Set.of());
  }

  static List<TaskTransition> takeOver(FileSystem fs, WorkLayout earlier, WorkLayout current, String fingerprint,
      java.util.Set<Integer> rerun) throws IOException {
    return takeOver(fs, earlier, current, fingerprint, rerun, current.root().getName());
  }

  /**
   * As {@link #takeOver(FileSystem, WorkLayout, WorkLayout, String, java.util.Set)}, first claiming
   * the earlier run for {@code application}: a run is resumed once, since its pieces move.
   *
   * @throws IOException when another application resumed the earlier run already
   */
  static List<TaskTransition> takeOver(FileSystem fs, WorkLayout earlier, WorkLayout current, String fingerprint,
      java.util.Set<Integer> rerun, String application) throws IOException {
    JournalState past = JournalReader.read(fs, earlier.journalFolder(), Integer.MAX_VALUE);
    past.checkSameJob(fingerprint);
    claim(fs, earlier, application);
    Map<Integer, List<TaskTransition>> byTask = new HashMap<>();
    for (TaskTransition t : past.transitions()) {
      byTask.computeIfAbsent(t.taskIndex(), k -> new ArrayList<>()).add(t);
    }
    List<TaskTransition> done = new ArrayList<>();
    for (Map.Entry<Integer, List<TaskTransition>> e : byTask.entrySet()) {
      List<TaskTransition> history = e.getValue();
      int task = e.getKey();
      if (rerun.contains(task)) {
        LOG.info("task {} runs again as asked (sepyarn resume --rerun); its pieces in {} are not taken over", task,
            earlier.root());
        continue;
      }
      // Pieces already here were moved by an attempt of this run that died before recording it.
      boolean moved = fs.exists(current.pieces(task));
      if (history.get(history.size() - 1).to() != TaskState.SUCCEEDED || !moved && !fs.exists(earlier.pieces(task))) {
        continue;
      }
      fs.mkdirs(current.pieces(task).getParent());
      if (!moved && !fs.rename(earlier.pieces(task), current.pieces(task))) {
        throw new IOException("cannot move the pieces of task " + task + " from " + earlier.pieces(task) + " to "
            + current.pieces(task));
      }
      done.addAll(history);
    }
    done.sort((a, b) -> Long.compare(a.at(), b.at()));
    LOG.info("resuming from {}: {} tasks already done", earlier.root(), done.stream()
        .filter(t -> t.to() == TaskState.SUCCEEDED).count());
    return done;
  }

  /**
   * Marks {@code earlier} as resumed by {@code application}, atomically; an earlier attempt of the
   * same application may have marked it already.
   */
  static void claim(FileSystem fs, WorkLayout earlier, String application) throws IOException {
    try (var out = fs.create(earlier.resumedBy(), false)) {
      out.write(application.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return;
    } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
      // said below
    }
    Optional<String> by = resumedBy(fs, earlier);
    if (by.isPresent() && !by.get().equals(application)) {
      throw new IOException(earlier.root() + " was resumed already by " + by.get() + ", which took its finished"
          + " tasks over; resume " + by.get() + " instead (sepyarn resume " + by.get() + ")");
    }
  }

  /** The application that resumed the run of {@code earlier}, if one did. */
  public static Optional<String> resumedBy(FileSystem fs, WorkLayout earlier) throws IOException {
    try (var in = fs.open(earlier.resumedBy())) {
      return Optional.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip());
    } catch (java.io.FileNotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * The outputs the earlier run merged and that are still in place: this run keeps them as they
   * are (their pieces may have been joined into them, so they could not be merged again). None
   * when tasks run again ({@code --rerun}): their outputs must be merged anew.
   */
  static java.util.SortedSet<Integer> mergedOutputs(FileSystem fs, WorkLayout earlier,
      org.sepyarn.formats.job.JobSpec job, java.util.Set<Integer> rerun) throws IOException {
    if (!rerun.isEmpty()) {
      return new java.util.TreeSet<>();
    }
    java.util.SortedSet<Integer> kept = mergedOutputsInPlace(JournalReader.read(fs, earlier.journalFolder(),
        Integer.MAX_VALUE), job, fs.getConf());
    kept.forEach(output -> LOG.info("{} was merged by the run resumed from {}; keeping it",
        org.sepyarn.formats.flow.FlowTasks.of(job).files().get(output).mergedPath(), earlier.root()));
    return kept;
  }

  /** The outputs {@code past} recorded as merged that are still in place: what a resume keeps. */
  public static java.util.SortedSet<Integer> mergedOutputsInPlace(JournalState past,
      org.sepyarn.formats.job.JobSpec job, org.apache.hadoop.conf.Configuration conf) throws IOException {
    java.util.SortedSet<Integer> kept = new java.util.TreeSet<>();
    List<org.sepyarn.formats.job.FileSpec> files = org.sepyarn.formats.flow.FlowTasks.of(job).files();
    for (int output : past.mergedOutputs()) {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(files.get(output).mergedPath());
      if (path.getFileSystem(conf).exists(path)) {
        kept.add(output);
      }
    }
    return kept;
  }
}
