package org.sepyarn.client.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.dataset.DatasetWriter;
import org.sepyarn.formats.element.ElementFormat;

/** Writes the benchmark's input: xdr floats of a cheap deterministic pattern, trace by trace. */
final class SyntheticDataset {
  private SyntheticDataset() {
  }

  /** Writes a dataset of {@code shape} at {@code header}; returns the binary's path. */
  static Path write(FileSystem fs, Path header, BenchShape shape) throws IOException {
    try (DatasetWriter writer = DatasetWriter.to(fs, header, shape.cube(), ElementFormat.XDR_FLOAT)
        .program("sepyarn bench").overwrite(true).open()) {
      ByteBuffer trace = ByteBuffer.allocate(shape.n1() * BenchShape.BYTES_PER_SAMPLE).order(ByteOrder.BIG_ENDIAN);
      OutputStream out = writer.binary();
      long traces = (long) shape.n2() * shape.n3();
      for (long t = 0; t < traces; t++) {
        trace.clear();
        for (int i = 0; i < shape.n1(); i++) {
          trace.putFloat((float) Math.sin(0.01 * i + 0.001 * t));
        }
        out.write(trace.array());
      }
      writer.commit();
      return writer.binaryPath();
    }
  }
}
