package org.sepyarn.runner.heartbeat;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.sepyarn.runner.spec.SmallFiles;
import org.sepyarn.runner.spec.WorkLayout;

/**
 * Keeps each task's last checkpoint text in the work folder, where a retry of the task finds it
 * whichever node it runs on and whichever ApplicationMaster attempt launched it.
 */
public final class CheckpointStore {
  private final FileSystem fs;
  private final WorkLayout work;

  public CheckpointStore(FileSystem fs, WorkLayout work) {
    this.fs = fs;
    this.work = work;
  }

  /** Replaces the task's checkpoint (write aside, then rename). */
  public void save(int task, String checkpoint) throws IOException {
    SmallFiles.replace(fs, work.checkpoint(task), checkpoint.getBytes(StandardCharsets.UTF_8));
  }

  /** The task's last checkpoint, if an attempt left one. */
  public Optional<String> load(int task) throws IOException {
    try (InputStream in = fs.open(work.checkpoint(task))) {
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (FileNotFoundException e) {
      return Optional.empty();
    }
  }
}
