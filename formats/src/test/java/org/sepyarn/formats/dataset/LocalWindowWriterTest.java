package org.sepyarn.formats.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Random;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;

class LocalWindowWriterTest {
  @TempDir
  java.nio.file.Path tmp;

  private final Configuration conf = new Configuration();

  @Test
  void windowsWrittenInPlaceReadBackAndLeaveOtherSamplesAlone() throws IOException {
    Random random = new Random(11);
    LocalDatasetFiles files = new LocalDatasetFiles(tmp);
    for (int d = 0; d < 30; d++) {
      Hypercube cube = NaiveWindows.randomCube(random, 4, 6);
      ElementFormat format = ElementFormat.all().get(random.nextInt(ElementFormat.all().size()));
      byte[] expected = NaiveWindows.randomBytes(random, (int) cube.elementCount() * format.esize());
      LocalDatasetFiles.Layout layout = LocalDatasetFiles.Layout.values()[d % 3];
      Path header = files.dataset("d" + d + ".H", cube, format, expected.clone(), layout, random);
      Dataset ds = Dataset.open(header, conf);
      try (LocalWindowWriter writer = LocalWindowWriter.open(ds, conf)) {
        for (int w = 0; w < 6; w++) {
          Window window = NaiveWindows.randomWindow(random, cube);
          byte[] values = NaiveWindows.randomBytes(random, (int) window.elementCount() * format.esize());
          int offset = random.nextInt(3);
          byte[] src = new byte[offset + values.length];
          System.arraycopy(values, 0, src, offset, values.length);
          writer.writeWindow(window, src, offset);
          NaiveWindows.insert(expected, cube, window, format.esize(), values);
        }
      }
      byte[] actual = new byte[expected.length];
      try (DatasetReader reader = new DatasetReader(Dataset.open(header, conf), conf)) {
        reader.readWindow(cube.fullWindow(), actual, 0);
      }
      assertArrayEquals(expected, actual, "dataset " + d + " " + cube + " " + layout);
    }
  }

  @Test
  void aStaleChecksumFileIsRemovedSoCheckedReadsStillWork() throws IOException {
    LocalFileSystem checked = FileSystem.getLocal(conf);
    Path binary = new Path(tmp.toUri().toString(), "x.H@");
    try (OutputStream out = checked.create(binary)) {
      out.write(new byte[16]);
    }
    Path crc = checked.getChecksumFile(binary);
    assertTrue(checked.exists(crc), "LocalFileSystem writes a checksum file");
    Path header = new LocalDatasetFiles(tmp).text("x.H",
        LocalDatasetFiles.history(Hypercube.ofLengths(4), ElementFormat.NATIVE_INT, "x.H@"));
    Dataset ds = Dataset.open(header, conf);
    try (LocalWindowWriter writer = LocalWindowWriter.open(ds, conf)) {
      writer.writeWindow(Window.parse("[1:2]"), new byte[] {1, 2, 3, 4}, 0);
    }
    assertFalse(checked.exists(crc));
    byte[] all = new byte[16];
    try (var in = checked.open(binary)) {
      in.readFully(0, all, 0, 16);
    }
    assertArrayEquals(new byte[] {0, 0, 0, 0, 1, 2, 3, 4, 0, 0, 0, 0, 0, 0, 0, 0}, all);
  }
}
