package org.sepyarn.examples.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.examples.ToolHarness;
import org.sepyarn.examples.WrittenDataset;

/**
 * {@code bin} over a SEP3D dataset written here by hand (records in another order than the
 * traces): the serial image against sums computed here, a piece of an irregular split writing
 * only the bins its block owns, and an empty piece.
 */
class BinTest {
  private static final int N1 = 5;
  private static final int TRACES = 300;

  @TempDir
  Path tmp;

  private ToolHarness world;
  private final float[][] samples = new float[TRACES][N1];
  private final float[] x = new float[TRACES];
  private final float[] y = new float[TRACES];
  private final int[] traceOfRecord = new int[TRACES];

  @BeforeEach
  void makeSurvey() throws IOException {
    world = new ToolHarness(tmp);
    Random random = new Random(4);
    for (int r = 0; r < TRACES; r++) {
      traceOfRecord[r] = r;
    }
    for (int r = TRACES - 1; r > 0; r--) {
      int j = random.nextInt(r + 1);
      int t = traceOfRecord[r];
      traceOfRecord[r] = traceOfRecord[j];
      traceOfRecord[j] = t;
    }
    for (int t = 0; t < TRACES; t++) {
      for (int i = 0; i < N1; i++) {
        samples[t][i] = (float) random.nextGaussian();
      }
    }
    for (int r = 0; r < TRACES; r++) {
      x[r] = (float) (random.nextDouble() * 1000);
      y[r] = (float) (random.nextDouble() * 500);
    }
    write("survey.H", "");
  }

  /** The survey as a SEP3D dataset at {@code name}, with {@code extra} lines in the trace history. */
  private void write(String name, String extra) throws IOException {
    Path dir = world.cwd();
    ByteBuffer traces = ByteBuffer.allocate(TRACES * N1 * 4);
    for (float[] trace : samples) {
      for (float v : trace) {
        traces.putFloat(v);
      }
    }
    Files.write(dir.resolve(name + "@"), traces.array());
    ByteBuffer headers = ByteBuffer.allocate(TRACES * 3 * 4);
    for (int r = 0; r < TRACES; r++) {
      headers.putFloat(x[r]).putFloat(y[r]).putInt(traceOfRecord[r] + 1);
    }
    Files.write(dir.resolve(name + "@@@"), headers.array());
    Files.writeString(dir.resolve(name + "@@"), "n1=3 n2=" + TRACES + " esize=4 data_format=xdr_int in=" + dir
        .resolve(name + "@@@") + "\nhdrkey1=cmp_x hdrtype1=scalar_float hdrkey2=cmp_y hdrtype2=scalar_float"
        + " hdrkey3=data_record_number hdrtype3=scalar_int\n", StandardCharsets.ISO_8859_1);
    Files.writeString(dir.resolve(name), "n1=" + N1 + " o1=0 d1=0.004 n2=" + TRACES + " esize=4 data_format=xdr_float"
        + " in=" + dir.resolve(name + "@") + " hff=" + name + "@@ gff=-1\n" + extra, StandardCharsets.ISO_8859_1);
  }

  /** The image summed here: 10 x 5 bins of 100 x 100 from (50, 50), traces in header record order. */
  private float[] expected(java.util.function.IntPredicate ownsBinAlongX) {
    float[] image = new float[N1 * 10 * 5];
    for (int r = 0; r < TRACES; r++) {
      int i = (int) Math.floor((x[r] - 50) / 100.0 + 0.5);
      int j = (int) Math.floor((y[r] - 50) / 100.0 + 0.5);
      if (i < 0 || i >= 10 || j < 0 || j >= 5 || !ownsBinAlongX.test(i)) {
        continue;
      }
      for (int s = 0; s < N1; s++) {
        image[(j * 10 + i) * N1 + s] += samples[traceOfRecord[r]][s];
      }
    }
    return image;
  }

  private static final String[] GRID = {"key1=cmp_x", "n2=10", "o2=50", "d2=100", "key2=cmp_y", "n3=5", "o3=50",
      "d3=100"};

  private String[] args(String traces, String... more) {
    String[] all = new String[2 + GRID.length + more.length];
    all[0] = "bin";
    all[1] = "traces=" + traces;
    System.arraycopy(GRID, 0, all, 2, GRID.length);
    System.arraycopy(more, 0, all, 2 + GRID.length, more.length);
    return all;
  }

  private static float[] floats(WrittenDataset d) {
    ByteBuffer b = ByteBuffer.wrap(d.binary());
    float[] out = new float[d.binary().length / 4];
    for (int i = 0; i < out.length; i++) {
      out[i] = b.getFloat();
    }
    return out;
  }

  @Test
  void theSerialImageIsEveryTraceAddedIntoItsBinInHeaderRecordOrder() {
    WrittenDataset image = world.run(args("survey.H")).dataset();
    assertEquals("n1=5 n2=10 n3=5", "n1=" + image.cube().n(1) + " n2=" + image.cube().n(2) + " n3=" + image.cube().n(3));
    assertEquals("cmp_x", image.history().getString("label2", ""));
    assertArrayEquals(expected(i -> true), floats(image));
  }

  @Test
  void aPieceWritesOnlyTheBinsWhoseCentresLieInItsBlock() throws IOException {
    // Block 0 of 2 along cmp_x over [0.3, 999.8]: it owns the bins centred below its end, 500.
    write("piece.H", "sepyarn_block=0 sepyarn_key1=cmp_x sepyarn_start1=0.3 sepyarn_end1=500.05"
        + " sepyarn_overlap1=60 sepyarn_position1=0 sepyarn_blocks1=2\n");
    assertArrayEquals(expected(i -> 50 + 100 * i < 500.05), floats(world.run(args("piece.H")).dataset()));
    write("last.H", "sepyarn_block=1 sepyarn_key1=cmp_x sepyarn_start1=500.05 sepyarn_end1=999.8"
        + " sepyarn_overlap1=60 sepyarn_position1=1 sepyarn_blocks1=2\n");
    assertArrayEquals(expected(i -> 50 + 100 * i >= 500.05), floats(world.run(args("last.H")).dataset()));
  }

  @Test
  void anOverlapOfLessThanHalfABinIsRefusedSayingWhatItMustBe() throws IOException {
    write("thin.H", "sepyarn_block=0 sepyarn_key1=cmp_x sepyarn_start1=0 sepyarn_end1=500 sepyarn_overlap1=20"
        + " sepyarn_position1=0 sepyarn_blocks1=2\n");
    String err = world.run(args("thin.H")).failed().stderr();
    assertTrue(err.contains("overlap of at least 50.0 along cmp_x"), err);
  }

  @Test
  void aPieceOfNoTracesGivesAnImageOfZeros() throws IOException {
    Files.writeString(world.cwd().resolve("empty.H"), "n1=" + N1 + " o1=0 d1=0.004 n2=0 esize=4"
        + " data_format=xdr_float in=empty.H@ hff=empty.H@@ gff=-1 sepyarn_block=3\n", StandardCharsets.ISO_8859_1);
    WrittenDataset image = world.run(args("empty.H")).dataset();
    assertEquals(N1 * 50, image.cube().elementCount());
    assertArrayEquals(new float[N1 * 50], floats(image));
  }
}
