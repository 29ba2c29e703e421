package org.sepyarn.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.dataset.DatasetReader;
import org.sepyarn.formats.dataset.DatasetWriter;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;

/** Writing and reading small float datasets in tests, on any file system. */
final class Datasets {
  private Datasets() {
  }

  static void writeFloats(FileSystem fs, String path, Hypercube cube, float[] data) throws IOException {
    write(fs, path, cube, data, ElementFormat.XDR_FLOAT);
  }

  /** A complex dataset of {@code interleaved} real and imaginary parts. */
  static void writeComplex(FileSystem fs, String path, Hypercube cube, float[] interleaved) throws IOException {
    write(fs, path, cube, interleaved, ElementFormat.XDR_COMPLEX);
  }

  private static void write(FileSystem fs, String path, Hypercube cube, float[] data, ElementFormat format)
      throws IOException {
    ByteBuffer b = ByteBuffer.allocate(data.length * 4).order(ByteOrder.BIG_ENDIAN);
    for (float v : data) {
      b.putFloat(v);
    }
    try (DatasetWriter w = DatasetWriter.to(fs, new Path(path), cube, format).overwrite(true).open()) {
      w.binary().write(b.array());
      w.commit();
    }
  }

  /** The raw bytes of a whole dataset, in its own format. */
  static byte[] readBytes(Configuration conf, Path header) throws IOException {
    try (DatasetReader r = DatasetReader.open(header, conf)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      r.copyWindow(r.cube().fullWindow(), out);
      return out.toByteArray();
    }
  }

  static float[] readFloats(Configuration conf, Path header) throws IOException {
    try (DatasetReader r = DatasetReader.open(header, conf)) {
      int n = (int) r.cube().elementCount();
      byte[] raw = new byte[n * r.format().esize()];
      r.readWindow(r.cube().fullWindow(), raw, 0);
      double[] values = new double[n];
      r.format().decode(raw, 0, values, 0, n);
      float[] result = new float[n];
      for (int i = 0; i < n; i++) {
        result[i] = (float) values[i];
      }
      return result;
    }
  }

  static Hypercube cube(Configuration conf, Path header) throws IOException {
    try (DatasetReader r = DatasetReader.open(header, conf)) {
      return r.cube();
    }
  }

  /** Smooth plane waves with a little noise: realistic seismic-like data for smoothing tests. */
  static float[] planeWaves(int n1, int n2, long seed) {
    java.util.Random random = new java.util.Random(seed);
    float[] data = new float[n1 * n2];
    for (int i2 = 0; i2 < n2; i2++) {
      for (int i1 = 0; i1 < n1; i1++) {
        double t = i1 - 0.3 * i2;
        data[i2 * n1 + i1] = (float) (Math.sin(t / 4.0) + 0.5 * Math.cos((i1 + 0.7 * i2) / 7.0)
            + 0.05 * random.nextGaussian());
      }
    }
    return data;
  }

  /**
   * Throws unless dataset {@code output} is {@code factor} times dataset {@code input}, sample by
   * sample, to float rounding (a sum of scaled copies), and no hidden file is left beside it.
   */
  static void assertScaled(Configuration conf, FileSystem fs, String input, String output, float factor)
      throws IOException {
    float[] in = readFloats(conf, fs.makeQualified(new Path(input)));
    float[] out = readFloats(conf, fs.makeQualified(new Path(output)));
    org.junit.jupiter.api.Assertions.assertEquals(in.length, out.length, output);
    for (int i = 0; i < in.length; i++) {
      float expected = factor * in[i];
      org.junit.jupiter.api.Assertions.assertEquals(expected, out[i], 1e-5 * Math.max(1, Math.abs(expected)),
          output + " sample " + i);
    }
    for (org.apache.hadoop.fs.FileStatus f : fs.listStatus(fs.makeQualified(new Path(output)).getParent())) {
      org.junit.jupiter.api.Assertions.assertFalse(f.getPath().getName().startsWith("."),
          "left beside the outputs: " + f.getPath());
    }
  }
}
