package org.sepyarn.runner.heartbeat;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.runner.spec.SmallFiles;
import org.sepyarn.runner.spec.WorkLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each task's last checkpoint text in the work folder, where a retry of the task finds it
 * whichever node it runs on and whichever ApplicationMaster attempt launched it.
 */
public final class CheckpointStore {
  private static final Logger LOG = LoggerFactory.getLogger(CheckpointStore.class);
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

  /**
   * The task's last checkpoint, if an attempt left one within {@link CheckpointLimit} (runners
   * never save a larger one; one found anyway is not passed to the retry, whose command line it
   * could break).
   */
  public Optional<String> load(int task) throws IOException {
    Path path = work.checkpoint(task);
    try (InputStream in = fs.open(path)) {
      byte[] text = in.readNBytes(CheckpointLimit.MAX_BYTES + 1);
      String checkpoint = new String(text, StandardCharsets.UTF_8);
      Optional<String> problem = text.length > CheckpointLimit.MAX_BYTES
          ? Optional.of("it is over the limit of " + CheckpointLimit.MAX_BYTES + " bytes")
          : CheckpointLimit.problem(checkpoint);
      if (problem.isPresent()) {
        LOG.error("the checkpoint of task {} in {} is not passed to this attempt: {}", task, path, problem.get());
        return Optional.empty();
      }
      return Optional.of(checkpoint);
    } catch (FileNotFoundException e) {
      return Optional.empty();
    }
  }
}
