package org.sepyarn.client.inversion;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.dataset.DatasetReader;
import org.sepyarn.formats.dataset.DatasetWriter;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.solver.FloatVector;

/** Reads and writes whole datasets as {@link GridVector}s, real or complex floats. */
final class LocalDatasets {
  private static final long MAX_VALUES = Integer.MAX_VALUE - 8;

  private LocalDatasets() {
  }

  static GridVector read(Path header, Configuration conf) throws IOException {
    try (DatasetReader reader = DatasetReader.open(header, conf)) {
      ElementFormat format = reader.format();
      long elements = reader.cube().elementCount();
      if (elements * format.components() > MAX_VALUES || elements * format.esize() > MAX_VALUES) {
        throw new IllegalArgumentException("dataset " + header + " (" + reader.cube() + ") is too large to test in"
            + " memory");
      }
      byte[] bytes = new byte[(int) (elements * format.esize())];
      reader.readWindow(reader.cube().fullWindow(), bytes, 0);
      double[] values = new double[(int) (elements * format.components())];
      format.decode(bytes, 0, values, 0, (int) elements);
      float[] floats = new float[values.length];
      for (int i = 0; i < values.length; i++) {
        floats[i] = (float) values[i];
      }
      return new GridVector(reader.cube(), format.components() == 2 ? FloatVector.complex(floats)
          : FloatVector.of(floats));
    }
  }

  static void write(GridVector v, Path header, Configuration conf) throws IOException {
    ElementFormat format = v.values().isComplex() ? ElementFormat.XDR_COMPLEX : ElementFormat.XDR_FLOAT;
    float[] floats = v.values().values();
    double[] values = new double[floats.length];
    for (int i = 0; i < floats.length; i++) {
      values[i] = floats[i];
    }
    byte[] bytes = new byte[(int) (v.cube().elementCount() * format.esize())];
    format.encode(values, 0, bytes, 0, (int) v.cube().elementCount());
    FileSystem fs = header.getFileSystem(conf);
    try (DatasetWriter writer = DatasetWriter.to(fs, header, v.cube(), format).program("sepyarn dottest")
        .overwrite(true).open()) {
      writer.binary().write(bytes);
      writer.commit();
    }
  }
}
