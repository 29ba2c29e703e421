package org.sepyarn.runner.stage;

import java.io.ByteArrayOutputStream;
import java.io.File;
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
import org.sepyarn.formats.geometry.Window;

/** Small xdr_float datasets on the local file system, written and read with the formats module. */
final class TestDatasets {
  static final Configuration CONF = new Configuration();

  private TestDatasets() {
  }

  static FileSystem local() throws IOException {
    return FileSystem.getLocal(CONF);
  }

  static Path path(File file) {
    return new Path(file.getAbsoluteFile().toURI());
  }

  /** Samples 0, 1, 2, ... plus {@code offset}, as xdr_float bytes. */
  static byte[] ramp(Hypercube cube, float offset) {
    ByteBuffer b = ByteBuffer.allocate((int) cube.elementCount() * 4).order(ByteOrder.BIG_ENDIAN);
    for (int i = 0; i < cube.elementCount(); i++) {
      b.putFloat(i + offset);
    }
    return b.array();
  }

  /** Writes an xdr_float dataset whose binary sits beside the header; returns the header. */
  static Path write(File header, Hypercube cube, byte[] data) throws IOException {
    return write(local(), path(header), cube, data, false);
  }

  static Path write(FileSystem fs, Path header, Hypercube cube, byte[] data, boolean dataInHeader)
      throws IOException {
    try (DatasetWriter writer = DatasetWriter.to(fs, header, cube, ElementFormat.XDR_FLOAT)
        .program("TestDatasets")
        .dataInHeader(dataInHeader)
        .overwrite(true)
        .open()) {
      writer.binary().write(data);
      writer.commit();
      return writer.header();
    }
  }

  /** Every sample of a dataset, in storage order. */
  static byte[] readAll(Path header) throws IOException {
    try (DatasetReader reader = DatasetReader.open(header, CONF)) {
      return readWindow(reader, reader.cube().fullWindow());
    }
  }

  static byte[] readWindow(Path header, Window window) throws IOException {
    try (DatasetReader reader = DatasetReader.open(header, CONF)) {
      return readWindow(reader, window);
    }
  }

  private static byte[] readWindow(DatasetReader reader, Window window) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    reader.copyWindow(window, out);
    return out.toByteArray();
  }
}
