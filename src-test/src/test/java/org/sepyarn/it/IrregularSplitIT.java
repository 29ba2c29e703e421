package org.sepyarn.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.sep3d.HeaderKey;
import org.sepyarn.formats.sep3d.HeaderKeys;
import org.sepyarn.formats.sep3d.KeyType;
import org.sepyarn.formats.sep3d.Sep3dWriter;
import org.sepyarn.runner.spec.PhaseBytes;

/**
 * An irregular SEP3D dataset (random CMP positions with a gap across cmp_x, header records in
 * another order than the traces) cut by cmp_x and cmp_y with overlap, each block binned by the
 * example program {@code bin} into a regular image, the images summed: the parallel image equals,
 * bit for bit, a serial run of {@code bin} on the whole dataset; with the empty blocks (the gap)
 * run on datasets of no traces, and with them skipped.
 */
class IrregularSplitIT extends ClusterTestBase {
  private static final int N1 = 16;
  private static final int TRACES = 700;
  private static final String BINS = "\"key1=cmp_x\", \"n2=20\", \"o2=25\", \"d2=50\", \"key2=cmp_y\", \"n3=10\","
      + " \"o3=25\", \"d3=50\"";
  private static File serialImage;

  @BeforeAll
  static void startClusters() throws Exception {
    startClusters(IrregularSplitIT.class, 2);
    Random random = new Random(14);
    float[][] records = new float[TRACES][];
    List<Integer> order = new ArrayList<>();
    for (int t = 0; t < TRACES; t++) {
      order.add(t);
    }
    Collections.shuffle(order, random);
    for (int r = 0; r < TRACES; r++) {
      // CMPs in [0, 350) and [650, 1000) along cmp_x: the blocks around 500 hold no trace.
      double x = random.nextDouble() * 700;
      records[r] = new float[] {(float) (x < 350 ? x : x + 300), (float) (random.nextDouble() * 500),
          random.nextInt(3000), order.get(r) + 1};
    }
    float[][] traces = new float[TRACES][N1];
    for (float[] trace : traces) {
      for (int i = 0; i < N1; i++) {
        trace[i] = (float) random.nextGaussian();
      }
    }
    write(fs, new Path("/data/survey.H"), records, traces);
    write(FileSystem.getLocal(conf), new Path(new File(local, "survey.H").toURI()), records, traces);
    serialImage = SerialRun.run(new File(local, "serial"), "bin", null, "image.H",
        ("traces=" + new File(local, "survey.H").getAbsolutePath() + ", " + BINS.replace("\"", "")).split(", "));
  }

  private static void write(FileSystem target, Path header, float[][] records, float[][] traces) throws IOException {
    HeaderKeys keys = HeaderKeys.of(HeaderKey.ofFloat("cmp_x"), HeaderKey.ofFloat("cmp_y"), HeaderKey.ofInt("offset"),
        HeaderKey.ofInt(HeaderKey.DATA_RECORD_NUMBER));
    try (Sep3dWriter w = Sep3dWriter.to(target, header, new Axis(N1, 0, 0.004, "time", "s"),
        ElementFormat.XDR_FLOAT, keys, TRACES).open()) {
      ByteBuffer trace = ByteBuffer.allocate(N1 * 4);
      for (float[] t : traces) {
        trace.clear();
        for (float v : t) {
          trace.putFloat(v);
        }
        w.traces().write(trace.array());
      }
      for (float[] r : records) {
        w.writeRecord(new int[] {KeyType.SCALAR_FLOAT.bits(r[0]), KeyType.SCALAR_FLOAT.bits(r[1]), (int) r[2],
            (int) r[3]}, 0);
      }
      w.commit();
    }
  }

  private static String job(String name, String out, String empty) {
    return "{\"name\": \"" + name + "\", \"program\": {\"command\": " + JobRunner.tool("bin") + ", \"args\": [" + BINS
        + "]}, \"tasksPerContainer\": 4, \"files\": ["
        + "{\"tag\": \"traces=\", \"path\": \"/data/survey.H\", \"usage\": \"input\", \"distribute\": {\"irregular\": "
        + "{\"keys\": [\"cmp_x\", \"cmp_y\"], \"blocks\": [5, 2], \"overlap\": [30.0, 30.0], \"emptyBlocks\": \""
        + empty + "\"}}},"
        + "{\"tag\": \">\", \"path\": \"" + out + "\", \"usage\": \"output\", \"distribute\": \"copy\"}]}";
  }

  private void assertSameAsSerial(String out) throws IOException {
    Path merged = fs.makeQualified(new Path(out));
    assertEquals(Datasets.cube(conf, new Path(serialImage.toURI())), Datasets.cube(conf, merged));
    byte[] serial = Datasets.readBytes(conf, new Path(serialImage.toURI()));
    assertArrayEquals(serial, Datasets.readBytes(conf, merged));
    int filled = 0;
    ByteBuffer b = ByteBuffer.wrap(serial);
    while (b.hasRemaining()) {
      filled += b.getFloat() != 0 ? 1 : 0;
    }
    assertTrue(filled > serial.length / 8, "the image has traces in most bins: " + filled + " samples not 0");
  }

  @Test
  void binnedInBlocksWithOverlapTheSummedImageEqualsTheSerialOneAndEmptyBlocksRun() throws Exception {
    ApplicationId id = jobs.submit(job("bin-run", "/out/image-run.H", "run"), true);
    ApplicationReport report = jobs.waitForEnd(id);
    assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());
    assertEquals(10, jobs.status(id).orElseThrow().taskCount());
    assertSameAsSerial("/out/image-run.H");
    // Each task reads only its block's header records and traces (about 1.5 times the dataset in all,
    // with this overlap), not the whole dataset ten times over.
    long traceBytes = (long) TRACES * N1 * 4;
    long headerBytes = (long) TRACES * 4 * 4;
    long fetched = jobs.status(id).orElseThrow().bytes().phases().phase(PhaseBytes.FETCH).read();
    System.out.println("IrregularSplitIT: fetch read " + fetched + " bytes for a dataset of " + traceBytes
        + " bytes of traces and " + headerBytes + " of header records, in 10 tasks");
    assertTrue(fetched >= traceBytes + headerBytes && fetched < 2 * (traceBytes + headerBytes) + 10 * 16384,
        "fetch read " + fetched + " bytes");
  }

  @Test
  void skippedEmptyBlocksGetNoTaskAndTheImageIsTheSame() throws Exception {
    ApplicationId id = jobs.submit(job("bin-skip", "/out/image-skip.H", "skip"), true);
    ApplicationReport report = jobs.waitForEnd(id);
    assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());
    assertEquals(8, jobs.status(id).orElseThrow().taskCount(), "the 2 blocks across the gap in cmp_x are skipped");
    assertSameAsSerial("/out/image-skip.H");
  }
}
