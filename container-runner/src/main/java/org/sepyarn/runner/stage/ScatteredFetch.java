package org.sepyarn.runner.stage;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.IOUtils;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.dataset.DatasetWriter;
import org.sepyarn.formats.geometry.Window;
import org.sepyarn.runner.spec.ScatteredInput;
import org.sepyarn.runner.spec.TaskFile;

/**
 * Fetches a scattered input: the header from the source dataset (its shape windowed, its history
 * with a section naming the source and the window, as for any input), the data as the task's
 * parts in the scatter tasks' committed pieces, read whole one after the other. Each part must
 * have exactly its share of the window's bytes.
 */
final class ScatteredFetch {
  private static final int COPY_BUFFER = 1 << 20;

  private ScatteredFetch() {
  }

  static void fetch(TaskContext ctx, TaskFile f, FileSystem local, Path target) throws IOException {
    ScatteredInput scattered = f.scattered();
    Path source = new Path(f.source());
    Dataset dataset = Dataset.open(source, ctx.conf());
    Window window = Window.parse(f.window());
    long expected = window.elementCount() * dataset.format().esize();
    FileSystem workFs = ctx.clusterFs();
    long copied = 0;
    try (DatasetWriter writer = DatasetWriter.to(local, target, dataset.cube().window(window), dataset.format())
        .program("sepyarn-fetch")
        .appendTo(dataset.history())
        .parameters(Map.of("sepyarn_source", source.toString(), "sepyarn_window", window.toString(),
            "sepyarn_scattered_by", "tasks " + scattered.scatterTasks()))
        .overwrite(true)
        .open()) {
      for (int task : scattered.scatterTasks()) {
        Path part = ctx.work().piece(task, scattered.partName());
        FileStatus status;
        try {
          status = workFs.getFileStatus(part);
        } catch (FileNotFoundException e) {
          throw new FileNotFoundException("part " + part + " is missing: scatter task " + task + " has not committed"
              + " it, or it was removed");
        }
        if (copied + status.getLen() > expected) {
          throw new IOException("part " + part + " holds " + status.getLen() + " bytes, more than the "
              + (expected - copied) + " left of window " + window + " of " + source);
        }
        try (InputStream in = workFs.open(part)) {
          IOUtils.copyBytes(in, writer.binary(), COPY_BUFFER, false);
        }
        copied += status.getLen();
      }
      if (copied != expected) {
        throw new IOException("the parts of window " + window + " of " + source + " hold " + copied + " bytes, not "
            + expected + ": the scatter plan and the task's plan disagree");
      }
      writer.commit();
    }
  }
}
