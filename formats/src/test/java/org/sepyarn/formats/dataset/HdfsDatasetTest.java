package org.sepyarn.formats.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.hdfs.DistributedFileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;

/** The same datasets on a real (in-process) HDFS: one cluster for the whole class. */
class HdfsDatasetTest {
  private static MiniDFSCluster cluster;
  private static DistributedFileSystem dfs;
  private static Configuration conf;

  @TempDir
  java.nio.file.Path tmp;

  @BeforeAll
  static void startHdfs() throws IOException {
    File base = new File("target/minidfs-" + HdfsDatasetTest.class.getSimpleName()).getAbsoluteFile();
    FileUtil.fullyDelete(base);
    conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, base.getPath());
    conf.setInt("dfs.replication", 1);
    cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).format(true).build();
    cluster.waitActive();
    dfs = cluster.getFileSystem();
  }

  @AfterAll
  static void stopHdfs() {
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  private static void write(FileSystem fs, Path header, Hypercube cube, ElementFormat format, byte[] data,
      boolean dataInHeader) throws IOException {
    try (DatasetWriter w = DatasetWriter.to(fs, header, cube, format).dataInHeader(dataInHeader).overwrite(true)
        .open()) {
      w.binary().write(data);
      w.commit();
    }
  }

  @Test
  void windowsReadFromHdfsEqualTheSameWindowsReadLocally() throws IOException {
    Random random = new Random(99);
    Hypercube cube = Hypercube.ofLengths(37, 23, 11);
    byte[] data = NaiveWindows.randomBytes(random, (int) cube.elementCount() * 4);
    Path onHdfs = new Path("/windows/x.H");
    Path local = new Path(tmp.toUri().toString(), "x.H");
    write(dfs, onHdfs, cube, ElementFormat.XDR_FLOAT, data, false);
    write(FileSystem.getLocal(conf), local, cube, ElementFormat.XDR_FLOAT, data, false);
    try (DatasetReader fromHdfs = new DatasetReader(Dataset.open(dfs, onHdfs), conf, 4096);
        DatasetReader fromLocal = new DatasetReader(Dataset.open(local, conf), conf, 4096)) {
      assertEquals("hdfs", fromHdfs.dataset().parts().get(0).path().toUri().getScheme());
      for (int i = 0; i < 25; i++) {
        Window window = i == 0 ? cube.fullWindow() : NaiveWindows.randomWindow(random, cube);
        byte[] a = new byte[(int) window.elementCount() * 4];
        byte[] b = new byte[a.length];
        fromHdfs.readWindow(window, a, 0);
        fromLocal.readWindow(window, b, 0);
        assertArrayEquals(b, a, window.toString());
        assertArrayEquals(NaiveWindows.extract(data, cube, window, 4), a, window.toString());
        ByteArrayOutputStream copied = new ByteArrayOutputStream();
        fromHdfs.copyWindow(window, copied);
        assertArrayEquals(a, copied.toByteArray(), window.toString());
      }
    }
  }

  @Test
  void absoluteInPathsWithoutSchemeAreOnHdfsAndPartsConcatenate() throws IOException {
    Random random = new Random(7);
    Hypercube cube = Hypercube.ofLengths(9, 8, 7);
    byte[] data = NaiveWindows.randomBytes(random, (int) cube.elementCount() * 2);
    int[] cuts = {0, 100, 101, 700, data.length};
    StringBuilder in = new StringBuilder();
    for (int i = 0; i + 1 < cuts.length; i++) {
      Path part = new Path("/parts/x.H@" + i);
      try (OutputStream out = dfs.create(part)) {
        out.write(Arrays.copyOfRange(data, cuts[i], cuts[i + 1]));
      }
      in.append(i == 0 ? "" : ";").append(i % 2 == 0 ? part.toString() : part.getName());
    }
    Path header = new Path("/parts/x.H");
    try (OutputStream out = dfs.create(header)) {
      out.write(LocalDatasetFiles.history(cube, ElementFormat.byName("native_short"), in.toString())
          .getBytes(StandardCharsets.UTF_8));
    }
    Dataset ds = Dataset.open(dfs, header);
    assertEquals(4, ds.parts().size());
    ds.parts().forEach(p -> assertEquals(dfs.getUri().getAuthority(), p.path().toUri().getAuthority()));
    try (DatasetReader reader = new DatasetReader(ds, conf, 64)) {
      for (int i = 0; i < 20; i++) {
        Window window = NaiveWindows.randomWindow(random, cube);
        byte[] got = new byte[(int) window.elementCount() * 2];
        reader.readWindow(window, got, 0);
        assertArrayEquals(NaiveWindows.extract(data, cube, window, 2), got, window.toString());
      }
    }
  }

  @Test
  void dataFollowingTheHeaderIsReadFromHdfs() throws IOException {
    Hypercube cube = Hypercube.ofLengths(5, 4);
    byte[] data = NaiveWindows.randomBytes(new Random(5), 160);
    write(dfs, new Path("/stdin/x.H"), cube, ElementFormat.XDR_DOUBLE, data, true);
    Dataset ds = Dataset.open(new Path("/stdin/x.H"), dfs.getConf());
    assertTrue(ds.dataInHeader());
    byte[] got = new byte[160];
    try (DatasetReader reader = new DatasetReader(ds, conf)) {
      reader.readWindow(cube.fullWindow(), got, 0);
    }
    assertArrayEquals(data, got);
  }

  @Test
  void writingOnHdfsRefusesThenReplacesAnExistingDataset() throws IOException {
    Hypercube cube = Hypercube.ofLengths(10);
    Path header = new Path("/replace/x.H");
    write(dfs, header, cube, ElementFormat.XDR_INT, new byte[40], false);
    assertThrows(FileAlreadyExistsException.class,
        () -> DatasetWriter.to(dfs, header, cube, ElementFormat.XDR_INT).open());
    byte[] data = NaiveWindows.randomBytes(new Random(1), 40);
    write(dfs, header, cube, ElementFormat.XDR_INT, data, false);
    assertEquals(2, dfs.listStatus(new Path("/replace")).length, "only x.H and x.H@ remain");
    byte[] got = new byte[40];
    try (DatasetReader reader = new DatasetReader(Dataset.open(dfs, header), conf)) {
      reader.readWindow(cube.fullWindow(), got, 0);
    }
    assertArrayEquals(data, got);
  }

  @Test
  void windowWritesIntoHdfsAreRefusedWithAReason() throws IOException {
    Path header = new Path("/nowrite/x.H");
    write(dfs, header, Hypercube.ofLengths(4), ElementFormat.XDR_FLOAT, new byte[16], false);
    Dataset ds = Dataset.open(dfs, header);
    UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
        () -> LocalWindowWriter.open(ds, conf));
    assertTrue(e.getMessage().contains("the hdfs file system cannot write at arbitrary positions"), e.getMessage());
  }

  /**
   * A split along the fastest axis into five reads each input byte about once: 1.00 of the data
   * on this cluster, where reading through the gaps between the rows read 4.99. It makes 25,000
   * reads of 1,600 bytes instead of 20 of 2 MB: on a MiniDFSCluster sharing two busy cores, 19 s
   * one after another, 10.7 s overlapped by the prefetcher, against 1.9 s reading five times the
   * bytes.
   */
  @Test
  void aFastAxisSplitIntoFiveReadsTheDataOnceFromHdfs() throws IOException {
    Hypercube cube = Hypercube.ofLengths(2000, 500, 10);
    byte[] data = new byte[(int) cube.elementCount() * 4];
    new Random(5).nextBytes(data);
    Path header = new Path("/split/fast.H");
    write(dfs, header, cube, ElementFormat.NATIVE_FLOAT, data, false);
    org.apache.hadoop.fs.StorageStatistics stats = FileSystem.getGlobalStorageStatistics().get("hdfs");
    long before = stats.getLong("bytesRead");
    long start = System.nanoTime();
    for (int p = 0; p < 5; p++) {
      try (DatasetReader reader = DatasetReader.open(dfs.makeQualified(header), conf)) {
        reader.copyWindow(cube.fullWindow().with(0, 400 * p, 400), OutputStream.nullOutputStream());
      }
    }
    long read = stats.getLong("bytesRead") - before;
    long headers = 5 * dfs.getFileStatus(header).getLen();
    System.out.printf("fast-axis split into 5 of a %d-byte dataset: read %d bytes (%.2f of the data, headers"
        + " included) in %d ms%n", data.length, read, (double) read / data.length, (System.nanoTime() - start) / 1_000_000);
    assertTrue(read - headers <= data.length * 8L / 7, read + " bytes read for " + data.length);
  }
}
