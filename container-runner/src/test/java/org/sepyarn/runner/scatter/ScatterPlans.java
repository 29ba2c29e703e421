package org.sepyarn.runner.scatter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.dataset.DatasetReader;
import org.sepyarn.formats.dataset.DatasetWriter;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;
import org.sepyarn.formats.scatter.ScatterLayout;
import org.sepyarn.runner.spec.ScatterPart;
import org.sepyarn.runner.spec.ScatterPlan;
import org.sepyarn.runner.spec.ScatterTaskSpec;
import org.sepyarn.runner.spec.WorkLayout;

/** Scatter plans made from a {@link ScatterLayout}, and the small datasets they scatter, on the local file system. */
public final class ScatterPlans {
  public static final Configuration CONF = new Configuration();

  private ScatterPlans() {
  }

  public static Path path(java.nio.file.Path file) {
    return new Path(file.toAbsolutePath().toUri());
  }

  /** The name of reader {@code reader}'s part in every scatter task's pieces. */
  public static String partName(int reader) {
    return "part-" + reader;
  }

  /** One scatter task per slab of {@code layout}, numbered after a job of {@code taskCount} tasks. */
  public static ScatterPlan of(Path source, ScatterLayout layout, int taskCount) {
    List<ScatterTaskSpec> tasks = new ArrayList<>();
    for (int k = 0; k < layout.slabs().size(); k++) {
      List<ScatterPart> parts = layout.parts(k).stream()
          .map(p -> new ScatterPart(partName(p.reader()), p.window().toString()))
          .toList();
      tasks.add(new ScatterTaskSpec(k, source.toString(), layout.slabs().get(k).toString(), parts));
    }
    return new ScatterPlan(taskCount, tasks);
  }

  /** The job-wide numbers of the scatter tasks holding a part of reader {@code reader}, in slab order. */
  public static List<Integer> tasksOf(ScatterPlan plan, ScatterLayout layout, int reader) {
    return layout.slabsOf(reader).stream().map(plan::taskIndex).toList();
  }

  /**
   * Writes a dataset whose sample {@code i} is {@code i + offset} (as a float or a double, by the
   * format's sample size); returns its header.
   */
  public static Path write(java.nio.file.Path header, Hypercube cube, ElementFormat format, double offset)
      throws IOException {
    int esize = format.esize();
    ByteBuffer data = ByteBuffer.allocate((int) cube.elementCount() * esize);
    for (int i = 0; i < cube.elementCount(); i++) {
      if (esize == 8) {
        data.putDouble(i + offset);
      } else {
        data.putFloat((float) (i + offset));
      }
    }
    try (DatasetWriter writer = DatasetWriter.to(FileSystem.getLocal(CONF), path(header), cube, format)
        .program("ScatterPlans")
        .overwrite(true)
        .open()) {
      writer.binary().write(data.array());
      writer.commit();
      return writer.header();
    }
  }

  public static byte[] readWindow(Path header, Window window) throws IOException {
    try (DatasetReader reader = DatasetReader.open(header, CONF)) {
      byte[] bytes = new byte[(int) window.elementCount() * reader.format().esize()];
      reader.readWindow(window, bytes, 0);
      return bytes;
    }
  }

  /** Reader {@code reader}'s parts, committed by the scatter tasks of {@code plan}, one after the other. */
  public static byte[] concatenatedParts(WorkLayout work, ScatterPlan plan, ScatterLayout layout, int reader)
      throws IOException {
    FileSystem fs = work.root().getFileSystem(CONF);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int task : tasksOf(plan, layout, reader)) {
      try (var in = fs.open(work.piece(task, partName(reader)))) {
        out.writeBytes(in.readAllBytes());
      }
    }
    return out.toByteArray();
  }
}
