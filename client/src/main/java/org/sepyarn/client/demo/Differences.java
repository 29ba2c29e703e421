package org.sepyarn.client.demo;

import java.io.IOException;
import java.util.Arrays;
import org.apache.hadoop.conf.Configuration;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.dataset.DatasetReader;

/**
 * How a parallel result differs from the serial one: whether the samples are the same bits, and
 * the largest difference relative to the serial result's peak amplitude, apart on the patch
 * seams and away from them.
 *
 * @param identical whether the binaries hold the same bytes
 * @param awayFromSeams largest {@code |parallel - serial| / max|serial|} off the seams
 * @param atSeams the same on the seams (0 when there are none)
 */
record Differences(boolean identical, double awayFromSeams, double atSeams) {
  /** The most samples a comparison holds in memory: the demo's datasets are small. */
  static final long MAX_ELEMENTS = 16L << 20;

  static Differences between(Dataset parallel, Dataset serial, SeamMask seams, Configuration conf)
      throws IOException {
    if (!parallel.cube().equals(serial.cube()) || !parallel.format().equals(serial.format())) {
      throw new IOException("the parallel result " + parallel.header() + " (" + parallel.cube() + ", "
          + parallel.format().name() + ") and the serial one " + serial.header() + " (" + serial.cube() + ", "
          + serial.format().name() + ") differ in shape or format");
    }
    byte[] a = bytes(parallel, conf);
    byte[] b = bytes(serial, conf);
    int elements = (int) parallel.cube().elementCount();
    double[] x = new double[elements * parallel.format().components()];
    double[] y = new double[x.length];
    parallel.format().decode(a, 0, x, 0, elements);
    serial.format().decode(b, 0, y, 0, elements);
    double peak = 0;
    for (double v : y) {
      peak = Math.max(peak, Math.abs(v));
    }
    double scale = peak == 0 ? 1 : peak;
    double away = 0;
    double at = 0;
    int components = parallel.format().components();
    for (int i = 0; i < x.length; i++) {
      double d = Math.abs(x[i] - y[i]) / scale;
      if (seams != null && seams.isSeam(i / components)) {
        at = Math.max(at, d);
      } else {
        away = Math.max(away, d);
      }
    }
    return new Differences(Arrays.equals(a, b), away, at);
  }

  private static byte[] bytes(Dataset d, Configuration conf) throws IOException {
    if (d.cube().elementCount() > MAX_ELEMENTS) {
      throw new IOException(d.header() + " has " + d.cube().elementCount() + " samples; the comparison holds at most "
          + MAX_ELEMENTS);
    }
    byte[] bytes = new byte[(int) d.byteCount()];
    try (DatasetReader reader = new DatasetReader(d, conf)) {
      reader.readWindow(d.cube().fullWindow(), bytes, 0);
    }
    return bytes;
  }
}
