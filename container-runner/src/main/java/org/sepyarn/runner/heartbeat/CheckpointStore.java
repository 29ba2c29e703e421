package org.sepyarn.runner.heartbeat;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
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
    Path path = work.checkpoint(task);
    Path temp = new Path(path.getParent(), "." + path.getName() + ".tmp");
    try (OutputStream out = fs.create(temp, true)) {
      out.write(checkpoint.getBytes(StandardCharsets.UTF_8));
    }
    fs.delete(path, false);
    if (!fs.rename(temp, path)) {
      throw new IOException("cannot rename " + temp + " to " + path);
    }
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
