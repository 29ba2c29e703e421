package org.sepyarn.am.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.BlockLocation;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.hdfs.DistributedFileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.plan.JobPlan;
import org.sepyarn.am.plan.JobPlanner;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.dataset.DatasetWriter;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.runner.merge.MergeTaskRun;
import org.sepyarn.runner.spec.MergePlan;
import org.sepyarn.runner.spec.MergeSlab;
import org.sepyarn.runner.spec.MergeTaskSpec;
import org.sepyarn.runner.spec.PlanCodec;
import org.sepyarn.runner.spec.TaskFile;
import org.sepyarn.runner.spec.WorkLayout;
import org.sepyarn.runner.stage.JoinPlacement;

/**
 * The merge of a split along the slowest axis on a real HDFS: the pieces' binaries, committed
 * beside the output as runners commit them, are joined with {@code concat} (the final file's blocks
 * are the pieces' blocks, so no byte was copied), and an ApplicationMaster that died between any
 * two steps of the join is followed by one that finishes it with the same bytes.
 */
class JoinOnHdfsTest {
  private static final Hypercube IN = Hypercube.of(new Axis(50, 0, 0.004, "time", "s"), new Axis(7, 0, 1),
      new Axis(10, 1, 1, "shot", ""));
  private static final String APP = "application_1700000000000_0007";
  private static final int TASKS = 4;

  private static MiniDFSCluster cluster;
  private static Configuration conf;
  private static DistributedFileSystem fs;
  private WorkLayout work;
  private Path input;
  private Path output;
  private static int run;

  @BeforeAll
  static void startHdfs() throws IOException {
    File base = new File("target/minidfs-" + JoinOnHdfsTest.class.getSimpleName()).getAbsoluteFile();
    FileUtil.fullyDelete(base);
    conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, base.getPath());
    conf.setInt("dfs.replication", 1);
    cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).format(true).build();
    cluster.waitActive();
    fs = cluster.getFileSystem();
  }

  @AfterAll
  static void stopHdfs() {
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  @BeforeEach
  void setUp() throws IOException {
    run++;
    work = new WorkLayout(fs.makeQualified(new Path("/work/" + APP + "-" + run)));
    input = write(new Path("/data/in-" + run + ".H"), IN, ramp(IN, 1), null);
    output = fs.makeQualified(new Path("/out-" + run + "/shots.H"));
    fs.mkdirs(output.getParent());
  }

  @Test
  void slowestAxisPiecesAreJoinedInPlaceWithTheirBlocks() throws IOException {
    JobSpec job = job(3, false);
    JobPlan plan = commitIdentityPieces(job);
    long[] pieceLengths = pieceBinaryLengths(plan);

    new OutputMerger(conf, work, job, APP).mergeAll(plan.merges(), p -> { });

    assertArrayEquals(readAll(input), readAll(output));
    assertEquals(IN, Dataset.open(output, conf).cube());
    Path binary = new Path(output.getParent(), "shots.H@");
    BlockLocation[] blocks = fs.getFileBlockLocations(binary, 0, Long.MAX_VALUE);
    assertArrayEquals(pieceLengths, Arrays.stream(blocks).mapToLong(BlockLocation::getLength).toArray(),
        "each piece's block became one block of the output: nothing was rewritten");
    assertEquals(List.of("shots.H", "shots.H@"), names(output.getParent()), "no piece or temporary file is left");
    assertEquals(0, Dataset.open(output, conf).history().getLong(MergeRecord.COPIED_PARAMETER, -1));
  }

  @Test
  void aSplitAlongAFasterAxisIsStreamedAndLeavesNoPieceBehind() throws IOException {
    JobSpec job = job(2, false);
    JobPlan plan = commitIdentityPieces(job);

    new OutputMerger(conf, work, job, APP).mergeAll(plan.merges(), p -> { });

    assertArrayEquals(readAll(input), readAll(output));
    assertEquals(1, fs.getFileBlockLocations(new Path(output.getParent(), "shots.H@"), 0, Long.MAX_VALUE).length);
    assertEquals(List.of("shots.H", "shots.H@"), names(output.getParent()));
  }

  @Test
  void copiedOutputsAreSummedInSlabsWrittenSideBySideAndJoinedInPlace() throws IOException {
    JobSpec job = JobSpec.parse("{\"name\": \"sum\", \"program\": {\"command\": [\"/bin/pass\"]}, \"tasks\": 3,"
        + " \"files\": [{\"tag\": \"<\", \"path\": \"" + input + "\", \"usage\": \"input\", \"distribute\": \"copy\"},"
        + "{\"tag\": \">\", \"path\": \"" + output + "\", \"usage\": \"output\", \"distribute\": \"copy\"}]}", "test");
    JobPlan plan = JobPlanner.plan(job, Map.of(input.toString(), IN), p -> p);
    for (int t = 0; t < 3; t++) {
      write(work.piece(t, plan.merges().get(0).localName()), IN, ramp(IN, 10 * t), null);
    }
    Configuration slabbed = new Configuration(conf);
    slabbed.setInt("sepyarn.merge.threads", 3);
    long bytes = IN.elementCount() * 4;
    slabbed.setLong("sepyarn.merge.slab-bytes", bytes / 4 + 1);

    new OutputMerger(slabbed, work, job, APP).mergeAll(plan.merges(), p -> { });

    ByteBuffer merged = ByteBuffer.wrap(readAll(output));
    for (int i = 0; i < IN.elementCount(); i++) {
      assertEquals((0 + 10 + 20) + 3 * (i * 0.5f), merged.getFloat(), 1e-3, "sample " + i);
    }
    long[] blocks = Arrays.stream(fs.getFileBlockLocations(new Path(output.getParent(), "shots.H@"), 0,
        Long.MAX_VALUE)).mapToLong(BlockLocation::getLength).toArray();
    assertEquals(4, blocks.length, "one block per slab (10 shots in 4 slabs): " + Arrays.toString(blocks));
    assertEquals(bytes, Arrays.stream(blocks).sum());
    assertEquals(List.of("shots.H", "shots.H@"), names(output.getParent()));
  }

  /**
   * Copied outputs summed by merge tasks, run here as their containers run them: an attempt that
   * died half-way through its slab, a slab committed twice by two attempts, and the join of the
   * slabs; the output is the sum, and no slab or attempt file is left.
   */
  @Test
  void mergeTasksSumSlabsThatTheApplicationMasterJoins() throws IOException {
    JobSpec job = JobSpec.parse("{\"name\": \"sum\", \"program\": {\"command\": [\"/bin/pass\"]}, \"tasks\": 3,"
        + " \"mergeTasks\": 3, \"files\": [{\"tag\": \"<\", \"path\": \"" + input + "\", \"usage\": \"input\","
        + " \"distribute\": \"copy\"}, {\"tag\": \">\", \"path\": \"" + output + "\", \"usage\": \"output\","
        + " \"distribute\": \"copy\"}]}", "test");
    JobPlan plan = JobPlanner.plan(job, Map.of(input.toString(), IN), p -> p);
    for (int t = 0; t < 3; t++) {
      write(work.piece(t, plan.merges().get(0).localName()), IN, ramp(IN, 10 * t), null);
    }
    OutputMerger merger = new OutputMerger(conf, work, job, APP);
    MergePlan merges = merger.planMergeTasks(plan.merges(), java.util.Set.of(), MergeTaskRule.from(conf), 2);
    assertEquals(3, merges.tasks().size(), "the job's mergeTasks decides, not the cluster's 2 nodes");
    assertEquals(3, merges.taskCount());
    long bytes = IN.elementCount() * 4;
    assertEquals(bytes, merges.tasks().stream().mapToLong(MergeTaskSpec::bytes).sum());

    // Merge task 0's first attempt died after writing part of its slab.
    MergeSlab first = merges.task(0).slabs().get(0);
    try (var out = fs.create(path(first.attemptFile(1)))) {
      out.write(new byte[100]);
    }
    new MergeTaskRun(conf, work, merges.task(0), 2).run(f -> { });
    new MergeTaskRun(conf, work, merges.task(1), 1).run(f -> { });
    // A second attempt of task 1 (the first one's container was thought lost) keeps the committed slab.
    new MergeTaskRun(conf, work, merges.task(1), 2).run(f -> { });
    double[] progress = {0};
    new MergeTaskRun(conf, work, merges.task(2), 1).run(f -> progress[0] = f);
    assertEquals(1, progress[0], 1e-9);
    List<MergeRecord> records = new ArrayList<>();
    merger.mergeAll(plan.merges(), p -> { }, java.util.Set.of(), merges, (m, r) -> records.add(r));

    ByteBuffer merged = ByteBuffer.wrap(readAll(output));
    for (int i = 0; i < IN.elementCount(); i++) {
      assertEquals((0 + 10 + 20) + 3 * (i * 0.5f), merged.getFloat(), 1e-3, "sample " + i);
    }
    assertEquals(3, fs.getFileBlockLocations(new Path(output.getParent(), "shots.H@"), 0, Long.MAX_VALUE).length,
        "one block per merge task's slab");
    assertEquals(List.of("shots.H", "shots.H@"), names(output.getParent()), "no slab or attempt file is left");
    assertEquals("sum over tasks (3 slabs written by merge tasks in YARN containers, joined in place by HDFS concat)",
        records.get(0).method());
    assertEquals(bytes, records.get(0).copiedBytes());
  }

  /** Without the job asking, an output this small is merged by the ApplicationMaster: no merge task. */
  @Test
  void smallOutputsGetNoMergeTaskUnlessTheJobAsks() throws IOException {
    JobSpec job = job(2, false);
    JobPlan plan = commitIdentityPieces(job);
    assertTrue(new OutputMerger(conf, work, job, APP).planMergeTasks(plan.merges(), java.util.Set.of(),
        MergeTaskRule.from(conf), 8).isEmpty());
    Configuration everyByte = new Configuration(conf);
    everyByte.setLong("sepyarn.merge.am-bytes", 0);
    everyByte.setLong("sepyarn.merge.task-bytes", IN.elementCount());
    MergePlan merges = new OutputMerger(everyByte, work, job, APP).planMergeTasks(plan.merges(), java.util.Set.of(),
        MergeTaskRule.from(everyByte), 2);
    assertEquals(2, merges.tasks().size(), "the rule wants 4 tasks, the cluster's 2 nodes allow 2");
  }

  /** Each of the join's steps done by a first attempt that then died; a second attempt finishes. */
  @Test
  void aNewAttemptFinishesAJoinInterruptedAfterAnyStep() throws IOException {
    for (int stepsDone = 0; stepsDone <= 4; stepsDone++) {
      setUp();
      JobSpec job = job(3, true);
      JobPlan plan = commitIdentityPieces(job);
      byte[] old = ramp(IN, 99);
      write(output, IN, old, null);
      crashAfter(stepsDone, job, plan);

      new OutputMerger(conf, work, job, APP).mergeAll(plan.merges(), p -> { });

      assertArrayEquals(readAll(input), readAll(output), "after " + stepsDone + " steps");
      assertEquals(List.of("shots.H", "shots.H@"), names(output.getParent()), "after " + stepsDone + " steps");
    }
  }

  @Test
  void anExistingOutputIsNotReplacedWithoutOverwrite() throws IOException {
    JobSpec job = job(3, false);
    JobPlan plan = commitIdentityPieces(job);
    byte[] old = ramp(IN, 99);
    write(output, IN, old, null);

    assertThrows(IOException.class, () -> new OutputMerger(conf, work, job, APP).mergeAll(plan.merges(), p -> { }));

    assertArrayEquals(old, readAll(output));
  }

  /**
   * A job of two outputs whose second cannot be written (it exists, and overwrite is off) leaves
   * the first unwritten too, though it comes first and joins in place without a copy: outputs
   * appear together or not at all.
   */
  @Test
  void aMergeThatFailsOnOneOutputWritesNoneOfThem() throws IOException {
    Path summed = fs.makeQualified(new Path(output.getParent(), "sum.H"));
    JobSpec job = JobSpec.parse("{\"name\": \"two\", \"program\": {\"command\": [\"/bin/pass\"]}, \"tasks\": "
        + TASKS + ", \"files\": ["
        + "{\"tag\": \"<\", \"path\": \"" + input + "\", \"usage\": \"input\", \"distribute\": {\"split\": {\"axis\": 3}}},"
        + "{\"tag\": \">\", \"path\": \"" + output + "\", \"usage\": \"output\", \"distribute\": {\"split\": {\"axis\": 3}}},"
        + "{\"tag\": \"sum=\", \"path\": \"" + summed + "\", \"usage\": \"output\", \"distribute\": \"copy\"}]}",
        "test");
    JobPlan plan = commitIdentityPieces(job);
    for (int t = 0; t < TASKS; t++) {
      write(work.piece(t, plan.merges().get(1).localName()), IN, ramp(IN, t), null);
    }
    byte[] old = ramp(IN, 99);
    write(summed, IN, old, null);

    IOException e = assertThrows(IOException.class,
        () -> new OutputMerger(conf, work, job, APP).mergeAll(plan.merges(), p -> { }));

    assertTrue(e.getMessage().contains("sum.H"), e.getMessage());
    assertTrue(!fs.exists(output), "the first output was not put in place");
    assertTrue(!fs.exists(new Path(output.getParent(), "shots.H@")), "nor its binary");
    assertArrayEquals(old, readAll(summed), "the existing second output is untouched");
  }

  /**
   * Does what the first attempt did before it died: plans the join (manifest written), then the
   * first {@code steps} of: rename piece 0 to the joined file, concat the rest, move the old
   * dataset aside, rename the joined file into place.
   */
  private void crashAfter(int steps, JobSpec job, JobPlan plan) throws IOException {
    OutputMerger merger = new OutputMerger(conf, work, job, APP);
    JoinManifest m = merger.planJoin(plan.merges().get(0)).orElseThrow();
    Path joined = path(m.joined());
    if (steps >= 1) {
      fs.rename(path(m.pieces().get(0).path()), joined, Options.Rename.NONE);
    }
    if (steps >= 2) {
      fs.concat(joined, m.pieces().subList(1, m.pieces().size()).stream().map(p -> path(p.path()))
          .toArray(Path[]::new));
    }
    if (steps >= 3) {
      fs.rename(output, new Path(output.getParent(), JoinPlacement.hiddenPrefix("shots.H", "replaced") + "header"),
          Options.Rename.OVERWRITE);
    }
    if (steps >= 4) {
      fs.rename(path(m.binary()), new Path(output.getParent(), JoinPlacement.hiddenPrefix("shots.H", "replaced")
          + "binary"), Options.Rename.OVERWRITE);
      fs.rename(joined, path(m.binary()), Options.Rename.NONE);
    }
  }

  private JobSpec job(int axis, boolean overwrite) {
    String split = "{\"split\": {\"axis\": " + axis + "}}";
    return JobSpec.parse("{\"name\": \"pass\", \"program\": {\"command\": [\"/bin/pass\"]}, \"tasks\": " + TASKS
        + ", \"overwrite\": " + overwrite + ", \"files\": ["
        + "{\"tag\": \"<\", \"path\": \"" + input + "\", \"usage\": \"input\", \"distribute\": " + split + "},"
        + "{\"tag\": \">\", \"path\": \"" + output + "\", \"usage\": \"output\", \"distribute\": " + split + "}]}",
        "test");
  }

  /** Commits each task's window of the input as its piece, the way a runner commits a joinable output. */
  private JobPlan commitIdentityPieces(JobSpec job) throws IOException {
    JobPlan plan = JobPlanner.plan(job, Map.of(input.toString(), IN), p -> p);
    for (var task : plan.tasks().tasks()) {
      Window window = Window.parse(task.files().get(0).window());
      TaskFile out = task.files().get(1);
      Hypercube cube = IN.window(window);
      Path binary = JoinPlacement.binaryFor(out, cube, fs, conf, work.root().getName(), task.index(), 1)
          .orElse(null);
      write(work.piece(task.index(), out.localName()), cube, slice(window), binary);
    }
    return plan;
  }

  private long[] pieceBinaryLengths(JobPlan plan) throws IOException {
    long[] lengths = new long[TASKS];
    for (int t = 0; t < TASKS; t++) {
      Dataset piece = Dataset.open(fs, work.piece(t, plan.merges().get(0).localName()));
      assertTrue(piece.parts().get(0).path().getParent().equals(output.getParent()),
          "the piece's binary is beside the output: " + piece.parts());
      lengths[t] = fs.getFileStatus(piece.parts().get(0).path()).getLen();
    }
    return lengths;
  }

  private byte[] slice(Window window) throws IOException {
    try (var reader = org.sepyarn.formats.dataset.DatasetReader.open(input, conf)) {
      byte[] bytes = new byte[(int) window.elementCount() * 4];
      reader.readWindow(window, bytes, 0);
      return bytes;
    }
  }

  private static Path write(Path header, Hypercube cube, byte[] data, Path binary) throws IOException {
    DatasetWriter.Builder b = DatasetWriter.to(fs, header, cube, ElementFormat.XDR_FLOAT).overwrite(true);
    if (binary != null) {
      b.binary(binary);
    }
    try (DatasetWriter w = b.open()) {
      w.binary().write(data);
      w.commit();
      return w.header();
    }
  }

  private static byte[] readAll(Path header) throws IOException {
    Dataset d = Dataset.open(fs, header);
    try (InputStream in = fs.open(d.parts().get(0).path())) {
      in.skip(d.parts().get(0).offset());
      return in.readNBytes((int) d.byteCount());
    }
  }

  private static byte[] ramp(Hypercube cube, float offset) {
    ByteBuffer b = ByteBuffer.allocate((int) cube.elementCount() * 4);
    for (int i = 0; i < cube.elementCount(); i++) {
      b.putFloat(offset + i * 0.5f);
    }
    return b.array();
  }

  private static List<String> names(Path folder) throws IOException {
    List<String> names = new ArrayList<>();
    for (FileStatus s : fs.listStatus(folder)) {
      names.add(s.getPath().getName());
    }
    names.sort(null);
    return names;
  }

  private static Path path(String uri) {
    return new Path(URI.create(uri));
  }
}
