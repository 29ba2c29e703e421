package org.sepyarn.client.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.formats.dataset.Dataset;

/**
 * The demo's patch job passes the demo's own criteria when its patches are cut and blended as
 * the ApplicationMaster does it, here by hand in one folder: exact away from the seams, within
 * the seam tolerance on them, and not so far within it that the tolerance could hide a broken
 * blend.
 */
class DemoCriteriaTest {
  @TempDir
  Path dir;

  @Test
  void theDemosPatchJobMeetsItsCriteriaWhenBlendedAsTheApplicationMasterBlends() throws Exception {
    Configuration conf = new Configuration();
    InProcessTool tools = new InProcessTool(dir);
    Path input = dir.resolve(DemoJobs.INPUT);
    tools.run("spike", DemoJobs.SPIKE_ARGS, null, input);
    tools.run(DemoJobs.SMOOTH, DemoJobs.SMOOTH_ARGS, input, dir.resolve("serial.H"));
    Path patched = new LocalPatchRun(dir, conf).run(input, DemoJobs.SMOOTH, DemoJobs.SMOOTH_ARGS, DemoJobs.PATCHES,
        "patched.H");
    Dataset serial = Dataset.open(new org.apache.hadoop.fs.Path(dir.resolve("serial.H").toUri()), conf);
    Differences d = Differences.between(Dataset.open(new org.apache.hadoop.fs.Path(patched.toUri()), conf), serial,
        SeamMask.of(serial.cube(), DemoJobs.PATCHES), conf);
    assertTrue(DemoVerdict.patchPasses(d), d.toString());
    assertTrue(d.atSeams() > DemoVerdict.SEAM_TOLERANCE / 100, "the seams do differ, by the patches' edge effects: "
        + d);
  }
}
