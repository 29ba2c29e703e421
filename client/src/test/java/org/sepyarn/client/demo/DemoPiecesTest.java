package org.sepyarn.client.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.client.TestDatasets;
import org.sepyarn.client.embedded.EmbeddedRun;
import org.sepyarn.client.job.CheckedJob;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.geometry.Hypercube;

/** The demo's pieces that need no cluster: its input, its job files, the serial runs and the comparison. */
class DemoPiecesTest {
  @TempDir
  Path dir;
  private final Configuration conf = new Configuration();

  private Dataset open(String name) throws Exception {
    return Dataset.open(new org.apache.hadoop.fs.Path(dir.resolve(name).toUri()), conf);
  }

  @Test
  void theInputAndBothJobsAreValidAndTheSerialRunsAgreeWithThemselves() throws Exception {
    InProcessTool tools = new InProcessTool(dir);
    tools.run("spike", DemoJobs.SPIKE_ARGS, null, dir.resolve(DemoJobs.INPUT));
    assertEquals(Hypercube.ofLengths(200, 120).toString(), open(DemoJobs.INPUT).cube().toString());

    Files.writeString(dir.resolve(DemoJobs.PATCH_JOB), DemoJobs.patchJob(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(DemoJobs.SPLIT_JOB), DemoJobs.splitJob(), StandardCharsets.UTF_8);
    CheckedJob patch = EmbeddedRun.checkLocal(dir.resolve(DemoJobs.PATCH_JOB).toString(), conf);
    CheckedJob split = EmbeddedRun.checkLocal(dir.resolve(DemoJobs.SPLIT_JOB).toString(), conf);
    assertEquals(4, patch.job().taskCount());
    assertEquals(4, split.job().taskCount());
    assertEquals(java.util.List.of("java", "-jar", "sepyarn.jar", "tool", "smooth"), patch.job().program().command());
    assertEquals(DemoJobs.PATCHES, patch.job().files().get(0).distribute());

    tools.run("scale", DemoJobs.SCALE_ARGS, dir.resolve(DemoJobs.INPUT), dir.resolve("a.H"));
    tools.run("scale", DemoJobs.SCALE_ARGS, dir.resolve(DemoJobs.INPUT), dir.resolve("b.H"));
    Differences same = Differences.between(open("a.H"), open("b.H"), null, conf);
    assertTrue(same.identical());
    assertEquals(0, same.awayFromSeams());
  }

  @Test
  void aFailingToolReportsWhatItSaid() {
    InProcessTool tools = new InProcessTool(dir);
    Exception e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
        () -> tools.run("spike", java.util.List.of("n1=0"), null, dir.resolve("x.H")));
    assertTrue(e.getMessage().startsWith("spike n1=0 out="), e.getMessage());
    assertTrue(e.getMessage().contains("failed with status 1"), e.getMessage());
  }

  @Test
  void seamsAreTheSamplesTwoPatchesCover() {
    Hypercube cube = Hypercube.ofLengths(200, 120);
    SeamMask mask = SeamMask.of(cube, DemoJobs.PATCHES);
    assertFalse(mask.isSeam(index(89, 0)));
    assertTrue(mask.isSeam(index(90, 0)));
    assertTrue(mask.isSeam(index(109, 0)));
    assertFalse(mask.isSeam(index(110, 0)));
    assertFalse(mask.isSeam(index(0, 49)));
    assertTrue(mask.isSeam(index(0, 50)));
    assertTrue(mask.isSeam(index(199, 69)));
    assertFalse(mask.isSeam(index(199, 70)));
  }

  private static long index(int i1, int i2) {
    return i1 + 200L * i2;
  }

  @Test
  void differencesAreMeasuredAgainstThePeakApartOnAndOffTheSeams() throws Exception {
    TestDatasets data = new TestDatasets(dir);
    float[] serial = new float[200 * 120];
    serial[0] = 4;
    float[] parallel = serial.clone();
    parallel[(int) index(5, 5)] = 0.001f;
    parallel[(int) index(100, 5)] = -0.2f;
    data.dataset("s.H", serial, 200, 120);
    data.dataset("p.H", parallel, 200, 120);
    Differences d = Differences.between(open("p.H"), open("s.H"), SeamMask.of(Hypercube.ofLengths(200, 120),
        DemoJobs.PATCHES), conf);
    assertFalse(d.identical());
    assertEquals(0.001 / 4, d.awayFromSeams(), 1e-9);
    assertEquals(0.2 / 4, d.atSeams(), 1e-7);
    assertFalse(DemoVerdict.patchPasses(d));
    assertFalse(DemoVerdict.splitPasses(d));
  }
}
