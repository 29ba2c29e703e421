package org.sepyarn.formats.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;

class WindowReadPropertyTest {
  @TempDir
  java.nio.file.Path tmp;

  private final Configuration conf = new Configuration();

  @Test
  void windowReadsEqualANaiveElementByElementReadOnRandomShapesAndLayouts() throws IOException {
    Random random = new Random(42);
    LocalDatasetFiles files = new LocalDatasetFiles(tmp);
    List<ElementFormat> formats = ElementFormat.all();
    int cases = 0;
    for (int d = 0; d < 60; d++) {
      Hypercube cube = NaiveWindows.randomCube(random, 5, 6);
      ElementFormat format = formats.get(random.nextInt(formats.size()));
      byte[] data = NaiveWindows.randomBytes(random, (int) cube.elementCount() * format.esize());
      LocalDatasetFiles.Layout layout = LocalDatasetFiles.Layout.values()[d % 3];
      Path header = files.dataset("d" + d + ".H", cube, format, data, layout, random);
      Dataset ds = Dataset.open(header, conf);
      int buffer = 1 + random.nextInt(64);
      int[] gaps = {0, random.nextInt(16), random.nextInt(256), Integer.MAX_VALUE};
      try (DatasetReader reader = new DatasetReader(ds, conf, buffer, gaps[d % gaps.length])) {
        for (int w = 0; w < 15; w++) {
          Window window = NaiveWindows.randomWindow(random, cube);
          byte[] expected = NaiveWindows.extract(data, cube, window, format.esize());
          String what = "dataset " + d + " " + cube + " " + format + " " + layout + " window " + window
              + " buffer " + buffer + " gap " + gaps[d % gaps.length];
          int offset = random.nextInt(5);
          byte[] dst = new byte[offset + expected.length + random.nextInt(3)];
          reader.readWindow(window, dst, offset);
          assertArrayEquals(expected, Arrays.copyOfRange(dst, offset, offset + expected.length), what);
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          assertEquals(expected.length, reader.copyWindow(window, out), what);
          assertArrayEquals(expected, out.toByteArray(), what);
          cases++;
        }
      }
    }
    assertEquals(900, cases);
  }

  @Test
  void copyingAWindowNeverWritesMoreThanTheBufferAtOnce() throws IOException {
    Random random = new Random(3);
    Hypercube cube = Hypercube.ofLengths(50, 40, 3);
    byte[] data = NaiveWindows.randomBytes(random, (int) cube.elementCount() * 4);
    Path header = new LocalDatasetFiles(tmp).dataset("x.H", cube, ElementFormat.XDR_FLOAT, data,
        LocalDatasetFiles.Layout.MULTI_PART, random);
    int[] largest = {0};
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    OutputStream out = new OutputStream() {
      @Override
      public void write(int b) {
        throw new AssertionError("copyWindow should write whole buffers");
      }

      @Override
      public void write(byte[] b, int off, int len) {
        largest[0] = Math.max(largest[0], len);
        sink.write(b, off, len);
      }
    };
    try (DatasetReader reader = new DatasetReader(Dataset.open(header, conf), conf, 1000)) {
      reader.copyWindow(cube.fullWindow(), out);
    }
    assertEquals(1000, largest[0]);
    assertArrayEquals(data, sink.toByteArray());
  }

  @Test
  void aWindowOutsideTheCubeIsRefusedNamingTheAxis() throws IOException {
    Random random = new Random(5);
    Hypercube cube = Hypercube.ofLengths(4, 3);
    Path header = new LocalDatasetFiles(tmp).dataset("x.H", cube, ElementFormat.XDR_FLOAT,
        new byte[48], LocalDatasetFiles.Layout.SINGLE, random);
    try (DatasetReader reader = new DatasetReader(Dataset.open(header, conf), conf)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> reader.readWindow(Window.parse("[0:4,2:4]"), new byte[100], 0));
      assertTrue(e.getMessage().contains("axis 2"), e.getMessage());
      IllegalArgumentException small = assertThrows(IllegalArgumentException.class,
          () -> reader.readWindow(Window.parse("[0:4,0:3]"), new byte[47], 0));
      assertTrue(small.getMessage().contains("needs 48 bytes but the destination holds 47 bytes"), small.getMessage());
    }
  }

  @Test
  void readingAfterCloseFails() throws IOException {
    Path header = new LocalDatasetFiles(tmp).dataset("x.H", Hypercube.ofLengths(4), ElementFormat.XDR_FLOAT,
        new byte[16], LocalDatasetFiles.Layout.SINGLE, new Random(1));
    DatasetReader reader = new DatasetReader(Dataset.open(header, conf), conf);
    reader.close();
    assertThrows(IOException.class, () -> reader.readWindow(Window.parse("[0:4]"), new byte[16], 0));
  }
}
