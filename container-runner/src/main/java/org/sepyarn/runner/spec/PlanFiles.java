package org.sepyarn.runner.spec;

import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;

/**
 * The plan in the work folder, written by the ApplicationMaster so that a runner reads only its
 * own task: {@code plan/tasks.jsonl}, every task's JSON one after another (one a line), whose
 * byte ranges the ApplicationMaster keeps ({@link PlanIndex}) and gives each runner on its command
 * line; and {@code plan/job.json}, the job-wide {@link PlanSettings}. A runner reads the settings
 * and, with one positioned read, its task's few hundred bytes, where the whole plan of 100,000
 * tasks is 30 to 40 MB. One file, not one per task or per chunk of tasks: on HDFS a file costs a
 * few round trips to the NameNode and a wait for its block, about 50 ms each on the mini cluster
 * here, so 200 chunk files took 10 s to write where the one file takes about one.
 *
 * <p>Both files are replaced atomically ({@link SmallFiles}); the task file is written first. An
 * ApplicationMaster attempt writes the same plan again (planning is deterministic), so a runner an
 * earlier attempt launched reads the same bytes at the same place.
 */
public final class PlanFiles {
  private PlanFiles() {
  }

  /** What writing a plan made. */
  public record Written(PlanIndex index, long bytes) {
  }

  /** Writes every task of {@code plan}, then its settings; the index of the task file. */
  public static Written write(FileSystem fs, WorkLayout work, Plan plan) throws IOException {
    long[] offsets = new long[plan.tasks().size() + 1];
    long[] written = new long[1];
    SmallFiles.replace(fs, work.planTasks(), raw -> {
      CountingOutputStream out = new CountingOutputStream(new BufferedOutputStream(raw, 1 << 16));
      for (int i = 0; i < plan.tasks().size(); i++) {
        offsets[i] = out.count();
        out.write(PlanCodec.writeCompact(plan.tasks().get(i)));
        out.write('\n');
      }
      offsets[plan.tasks().size()] = out.count();
      out.flush();
      written[0] = out.count();
    });
    byte[] settings = PlanCodec.write(settings(plan));
    SmallFiles.replace(fs, work.planSettings(), settings);
    return new Written(new PlanIndex(offsets), written[0] + settings.length);
  }

  public static PlanSettings settings(Plan plan) {
    return new PlanSettings(plan.jobName(), plan.taskTimeoutMillis(), plan.restartArgs(), plan.checkpointArg(),
        plan.tasks().size(), plan.tasksPerContainer(), plan.stallTimeoutMillis());
  }

  /** The plan's job-wide settings in {@code work}. */
  public static PlanSettings readSettings(FileSystem fs, WorkLayout work) throws IOException {
    try (InputStream in = fs.open(work.planSettings())) {
      return PlanCodec.read(in.readAllBytes(), PlanSettings.class);
    }
  }

  /**
   * Task {@code task} of the plan in {@code work}, read from the {@code length} bytes at
   * {@code offset} of the task file.
   *
   * @throws IOException if the bytes are not there or are not that task
   */
  public static TaskSpec readTask(FileSystem fs, WorkLayout work, int task, long offset, int length)
      throws IOException {
    byte[] json = new byte[length];
    try (FSDataInputStream in = fs.open(work.planTasks())) {
      in.readFully(offset, json);
    } catch (EOFException e) {
      throw new IOException("the plan " + work.planTasks() + " ends before the " + length + " bytes of task " + task
          + " at byte " + offset + ": it is not the plan this runner was started for", e);
    }
    TaskSpec spec = PlanCodec.read(json, TaskSpec.class);
    if (spec.index() != task) {
      throw new IOException("the plan " + work.planTasks() + " holds task " + spec.index() + ", not task " + task
          + ", at byte " + offset + ": it is not the plan this runner was started for");
    }
    return spec;
  }

  /** Counts the bytes written through it. */
  private static final class CountingOutputStream extends java.io.FilterOutputStream {
    private long count;

    CountingOutputStream(java.io.OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }

    long count() {
      return count;
    }
  }
}
