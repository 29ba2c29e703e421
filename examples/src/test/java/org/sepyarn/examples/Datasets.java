package org.sepyarn.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.history.HistoryAxes;
import org.sepyarn.formats.history.HistoryValues;

/** Writes input datasets for tests the way SEPlib lays them out, independently of the tools. */
public final class Datasets {
  private Datasets() {
  }

  /**
   * Writes {@code values} as binary {@code <dir>/<name>@} and returns the header text:
   * {@code prefix}, then the axes, esize, data_format and an absolute {@code in=}.
   */
  public static String write(Path dir, String name, String prefix, Hypercube cube, ElementFormat format,
      double[] values) {
    Path binary = dir.resolve(name + "@");
    byte[] bytes = new byte[values.length / format.components() * format.esize()];
    format.encode(values, 0, bytes, 0, values.length / format.components());
    StringBuilder header = new StringBuilder(prefix);
    for (Map.Entry<String, String> e : HistoryAxes.parameters(cube, format).entrySet()) {
      header.append(HistoryValues.assignment(e.getKey(), e.getValue())).append('\n');
    }
    header.append("in=\"").append(binary.toAbsolutePath()).append("\"\n");
    try {
      Files.write(binary, bytes);
      Files.writeString(dir.resolve(name), header, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return header.toString();
  }

  /** {@link #write} with no prefix, in xdr_float, returning the header bytes for stdin. */
  public static byte[] xdrFloat(Path dir, String name, Hypercube cube, double[] values) {
    return write(dir, name, "", cube, ElementFormat.XDR_FLOAT, values).getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A ramp 0, 1, 2, ... scaled by {@code step}, as test data. */
  public static double[] ramp(int n, double step) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = i * step;
    }
    return v;
  }
}
