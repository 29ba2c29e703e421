package org.sepyarn.am.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.job.BlockPatch;
import org.sepyarn.formats.job.Copy;
import org.sepyarn.formats.job.FileSpec;
import org.sepyarn.formats.job.FileTag;
import org.sepyarn.formats.job.Split;
import org.sepyarn.formats.job.Usage;
import org.sepyarn.formats.job.WindowPatch;

class FileRowTest {

  @Test
  void aFileRowShowsTheTagPathUsageAndDistribution() {
    FileRow row = FileRow.of(new FileSpec(FileTag.parameter("vel"), "hdfs:///data/vel.H", Usage.INPUT, Copy.INSTANCE));

    assertEquals(new FileRow("vel=", "hdfs:///data/vel.H", "input", "copied whole to every task"), row);
  }

  @Test
  void everyDistributionIsDescribedInWords() {
    assertEquals("split along axis 3", FileRow.describe(new Split(3), Usage.INPUT));
    assertEquals("split along axis 3, the tasks' blocks concatenated", FileRow.describe(new Split(3), Usage.OUTPUT));
    assertEquals("patched along axes 1, 2: 4x2 = 8 patches, blocks widened by 10x5 samples on each side",
        FileRow.describe(BlockPatch.of(List.of(4, 2), List.of(10, 5)), Usage.INPUT));
    assertEquals("patched along axis 1: 6 patches of 100 samples",
        FileRow.describe(WindowPatch.of(List.of(100), List.of(6)), Usage.INPUT));
    assertEquals("written whole by every task, the tasks' outputs summed",
        FileRow.describe(Copy.INSTANCE, Usage.OUTPUT));
  }

  @Test
  void aPatchedFileListsEachPatchsWindowOverlapAndHalo() {
    BlockPatch patch = new BlockPatch(List.of(1, 2), List.of(2, 2), List.of(10, 6), List.of(4, 4));
    FileRow row = FileRow.of(new FileSpec(FileTag.STDOUT, "/out/s.H", Usage.OUTPUT, patch),
        org.sepyarn.formats.geometry.Hypercube.ofLengths(120, 90));
    assertEquals("patched along axes 1, 2: 2x2 = 4 patches, blocks widened by 10x6 samples on each side, halo 4x4"
        + " samples given no weight in the blend", row.distribution());
    assertEquals(List.of(
        "patch 0: window [0:70,0:51], owns [0:60,0:45]; overlap before/after: axis 1 0/10, axis 2 0/6;"
            + " halo before/after: axis 1 0/4, axis 2 0/4",
        "patch 1: window [50:120,0:51], owns [60:120,0:45]; overlap before/after: axis 1 10/0, axis 2 0/6;"
            + " halo before/after: axis 1 4/0, axis 2 0/4",
        "patch 2: window [0:70,39:90], owns [0:60,45:90]; overlap before/after: axis 1 0/10, axis 2 6/0;"
            + " halo before/after: axis 1 0/4, axis 2 4/0",
        "patch 3: window [50:120,39:90], owns [60:120,45:90]; overlap before/after: axis 1 10/0, axis 2 6/0;"
            + " halo before/after: axis 1 4/0, axis 2 4/0"), row.patches());
  }
}
