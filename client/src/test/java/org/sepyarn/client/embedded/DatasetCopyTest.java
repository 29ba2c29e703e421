package org.sepyarn.client.embedded;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.client.TestDatasets;
import org.sepyarn.formats.dataset.Dataset;

class DatasetCopyTest {
  @TempDir
  Path dir;
  private final Configuration conf = new Configuration();

  private Dataset open(Path header) throws IOException {
    return Dataset.open(new org.apache.hadoop.fs.Path(header.toUri()), conf);
  }

  private static org.apache.hadoop.fs.Path hadoop(Path p) {
    return new org.apache.hadoop.fs.Path(p.toUri());
  }

  @Test
  void aCopyHoldsTheSameSamplesAndKeepsTheHistory() throws Exception {
    Path source = new TestDatasets(dir).ramp("in.H", 7, 5, 3);
    Path target = dir.resolve("copies/in.H");
    DatasetCopy.copy(open(source), conf, FileSystem.getLocal(conf), hadoop(target), false);
    Dataset copy = open(target);
    assertEquals(open(source).cube(), copy.cube());
    assertEquals(open(source).format(), copy.format());
    assertArrayEquals(Files.readAllBytes(dir.resolve("in.H@")), Files.readAllBytes(dir.resolve("copies/in.H@")));
    assertEquals("spike:   tester@testhost   Mon Jan  1 00:00:00 2024", copy.history().programTitles().get(0));
    assertEquals(2, copy.history().programTitles().size(), "the copy adds a section saying where the binary is");
  }

  @Test
  void aCopyOfDataAfterItsHeaderGetsABinaryOfItsOwn() throws Exception {
    Path header = dir.resolve("s.H");
    byte[] text = ("\nmake:   me@here   today\n n1=2 esize=4 data_format=xdr_float in=stdin\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] data = {0x3f, (byte) 0x80, 0, 0, 0x40, 0, 0, 0};
    byte[] all = new byte[text.length + 4 + data.length];
    System.arraycopy(text, 0, all, 0, text.length);
    System.arraycopy(new byte[] {'\n', 014, 014, 004}, 0, all, text.length, 4);
    System.arraycopy(data, 0, all, text.length + 4, data.length);
    TestDatasets.write(header, all);
    DatasetCopy.copy(open(header), conf, FileSystem.getLocal(conf), hadoop(dir.resolve("t.H")), false);
    assertArrayEquals(data, Files.readAllBytes(dir.resolve("t.H@")));
  }

  @Test
  void anExistingTargetIsReplacedOnlyWhenAllowed() throws Exception {
    TestDatasets data = new TestDatasets(dir);
    Path source = data.ramp("in.H", 4, 4);
    Path target = data.ramp("old.H", 2);
    byte[] before = Files.readAllBytes(target);
    assertThrows(IOException.class,
        () -> DatasetCopy.copy(open(source), conf, FileSystem.getLocal(conf), hadoop(target), false));
    assertArrayEquals(before, Files.readAllBytes(target), "a refused copy leaves the target as it was");
    DatasetCopy.copy(open(source), conf, FileSystem.getLocal(conf), hadoop(target), true);
    assertEquals(open(source).cube(), open(target).cube());
    assertTrue(Files.list(dir).noneMatch(p -> p.getFileName().toString().startsWith(".")),
        "no temporary files are left behind");
  }
}
