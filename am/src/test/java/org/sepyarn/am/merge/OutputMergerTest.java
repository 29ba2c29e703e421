package org.sepyarn.am.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.am.plan.JobPlan;
import org.sepyarn.am.plan.JobPlanner;
import org.sepyarn.am.plan.OutputMerge;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.dataset.DatasetReader;
import org.sepyarn.formats.dataset.DatasetWriter;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;
import org.sepyarn.formats.history.History;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.runner.merge.PieceSource;
import org.sepyarn.runner.spec.WorkLayout;

class OutputMergerTest {
  private static final Hypercube IN = Hypercube.of(new Axis(9, 0, 0.004, "time", "s"), new Axis(7, 100, 25),
      new Axis(3, 1, 1));
  private static final String APP = "application_1700000000000_0042";

  @TempDir
  Path tmp;

  private final Configuration conf = new Configuration();
  private FileSystem fs;
  private WorkLayout work;
  private org.apache.hadoop.fs.Path input;
  private String out;

  @BeforeEach
  void setUp() throws IOException {
    fs = FileSystem.getLocal(conf);
    work = new WorkLayout(new org.apache.hadoop.fs.Path(tmp.resolve("work").toUri()));
    input = write(new org.apache.hadoop.fs.Path(tmp.resolve("in.H").toUri()), IN, ramp(IN, 1), false);
    out = tmp.resolve("out.H").toAbsolutePath().toString();
  }

  private static byte[] ramp(Hypercube cube, float offset) {
    ByteBuffer b = ByteBuffer.allocate((int) cube.elementCount() * 4);
    for (int i = 0; i < cube.elementCount(); i++) {
      b.putFloat(offset + i * 0.5f);
    }
    return b.array();
  }

  private org.apache.hadoop.fs.Path write(org.apache.hadoop.fs.Path header, Hypercube cube, byte[] data,
      boolean dataInHeader) throws IOException {
    try (DatasetWriter w = DatasetWriter.to(fs, header, cube, ElementFormat.XDR_FLOAT).program("Smooth")
        .dataInHeader(dataInHeader).open()) {
      w.binary().write(data);
      w.commit();
      return w.header();
    }
  }

  private byte[] read(org.apache.hadoop.fs.Path header, Window window) throws IOException {
    try (DatasetReader r = DatasetReader.open(header, conf)) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      r.copyWindow(window == null ? r.cube().fullWindow() : window, bytes);
      return bytes.toByteArray();
    }
  }

  /** Writes what task {@code task} committed: a single-file piece, as the runner writes them. */
  private void piece(int task, String localName, Hypercube cube, byte[] data) throws IOException {
    write(work.piece(task, localName), cube, data, true);
  }

  /** Each task's piece is the input's window, unchanged: what an identity program would produce. */
  private void identityPieces(JobPlan plan, OutputMerge merge, int inputFile) throws IOException {
    for (var task : plan.tasks().tasks()) {
      String w = task.files().get(inputFile).window();
      Window window = Window.parse(w);
      piece(task.index(), merge.localName(), IN.window(window), read(input, window));
    }
  }

  private JobSpec job(String distribute, String tasks, boolean overwrite) {
    return JobSpec.parse("{\"name\": \"smooth\", \"program\": {\"command\": [\"/opt/sep/bin/Smooth\"],"
        + " \"args\": [\"rect1=5\", \"title=a b\"]}, \"files\": ["
        + "{\"tag\": \"<\", \"path\": \"" + input.toUri().getPath() + "\", \"usage\": \"input\", \"distribute\": "
        + distribute + "},"
        + "{\"tag\": \">\", \"path\": \"" + out + "\", \"usage\": \"output\", \"distribute\": " + distribute + "}]"
        + (tasks == null ? "" : ", \"tasks\": " + tasks) + ", \"overwrite\": " + overwrite + "}", "test");
  }

  private JobPlan plan(JobSpec job) {
    return JobPlanner.plan(job, Map.of(input.toUri().getPath(), IN), p -> p);
  }

  private List<Double> merge(JobSpec job, JobPlan plan) throws IOException {
    List<Double> progress = new ArrayList<>();
    new OutputMerger(conf, work, job, APP).mergeAll(plan.merges(), progress::add);
    return progress;
  }

  private org.apache.hadoop.fs.Path output() {
    return new org.apache.hadoop.fs.Path(tmp.resolve("out.H").toUri());
  }

  @Test
  void concatenatingSplitPiecesGivesBackTheOriginal() throws IOException {
    JobSpec job = job("{\"split\": {\"axis\": 2}}", "3", false);
    JobPlan plan = plan(job);
    identityPieces(plan, plan.merges().get(0), 0);

    merge(job, plan);

    assertEquals(IN, Dataset.open(output(), conf).cube());
    assertArrayEquals(read(input, null), read(output(), null));
  }

  @Test
  void copiedOutputsAreSummed() throws IOException {
    JobSpec job = job("\"copy\"", "3", false);
    JobPlan plan = plan(job);
    for (int t = 0; t < 3; t++) {
      piece(t, plan.merges().get(0).localName(), IN, ramp(IN, 10 * t));
    }

    merge(job, plan);

    ByteBuffer merged = ByteBuffer.wrap(read(output(), null));
    for (int i = 0; i < IN.elementCount(); i++) {
      float expected = (0 + 10 + 20) + 3 * (i * 0.5f);
      assertEquals(expected, merged.getFloat(), 1e-4, "sample " + i);
    }
  }

  @Test
  void moreCopiedOutputsThanAreKeptOpenAreSummedReadingEachPieceWhenNeeded() throws IOException {
    int tasks = PieceSource.MAX_KEPT_OPEN + 6;
    assertFalse(PieceSource.keepOpen(tasks));
    JobSpec job = job("\"copy\"", Integer.toString(tasks), false);
    JobPlan plan = plan(job);
    for (int t = 0; t < tasks; t++) {
      piece(t, plan.merges().get(0).localName(), IN, ramp(IN, t));
    }

    merge(job, plan);

    ByteBuffer merged = ByteBuffer.wrap(read(output(), null));
    float offsets = tasks * (tasks - 1) / 2f;
    for (int i = 0; i < IN.elementCount(); i++) {
      assertEquals(offsets + tasks * (i * 0.5f), merged.getFloat(), 1e-2, "sample " + i);
    }
  }

  @Test
  void blendingUnchangedOverlappingPatchesGivesBackTheInput() throws IOException {
    JobSpec job = job("{\"patch\": {\"blocks\": [3, 2], \"overlap\": [2, 1]}}", null, false);
    JobPlan plan = plan(job);
    assertEquals(OutputMerge.Kind.BLEND, plan.merges().get(0).kind());
    identityPieces(plan, plan.merges().get(0), 0);

    merge(job, plan);

    ByteBuffer original = ByteBuffer.wrap(read(input, null));
    ByteBuffer merged = ByteBuffer.wrap(read(output(), null));
    assertEquals(original.capacity(), merged.capacity());
    for (int i = 0; i < IN.elementCount(); i++) {
      float expected = original.getFloat();
      assertEquals(expected, merged.getFloat(), 1e-5 * Math.abs(expected), "sample " + i);
    }
  }

  @Test
  void theOutputsHistoryRecordsTheJob() throws IOException {
    JobSpec job = job("{\"split\": {\"axis\": 3}}", "3", false);
    JobPlan plan = plan(job);
    identityPieces(plan, plan.merges().get(0), 0);

    merge(job, plan);

    History history = Dataset.open(output(), conf).history();
    assertEquals(APP, history.getString("sepyarn_application", null));
    assertEquals("smooth", history.getString("sepyarn_job", null));
    assertEquals("/opt/sep/bin/Smooth rect1=5 title=a b", history.getString("sepyarn_program", null));
    assertEquals("3", history.getString("sepyarn_tasks", null));
    assertEquals("split", history.getString("sepyarn_distribution", null));
    assertEquals("concatenate along axis 3", history.getString("sepyarn_merge", null));
    assertEquals("concatenate along axis 3 (streamed by the ApplicationMaster)",
        history.getString("sepyarn_merge_method", null));
    assertEquals(IN.elementCount() * 4, history.getLong("sepyarn_merge_copied", -1));
    assertTrue(history.programTitles().get(history.programTitles().size() - 1).startsWith("sepyarn"),
        history.programTitles().toString());
  }

  @Test
  void eachOutputIsReportedWithWhatTheMergeCopiedAlsoWhenAnEarlierAttemptMergedIt() throws IOException {
    JobSpec job = job("{\"split\": {\"axis\": 2}}", "3", false);
    JobPlan plan = plan(job);
    identityPieces(plan, plan.merges().get(0), 0);
    List<MergeRecord> records = new ArrayList<>();

    new OutputMerger(conf, work, job, APP).mergeAll(plan.merges(), f -> { }, java.util.Set.of(),
        (m, r) -> records.add(r));
    new OutputMerger(conf, work, job, APP).mergeAll(plan.merges(), f -> { }, java.util.Set.of(1),
        (m, r) -> records.add(r));

    long bytes = IN.elementCount() * 4;
    MergeRecord streamed = new MergeRecord("concatenate along axis 2 (streamed by the ApplicationMaster)", bytes,
        bytes);
    assertEquals(List.of(streamed, streamed), records);
  }

  @Test
  void programArgumentsThatCannotSitOnAHistoryLineDoNotFailTheMerge() throws IOException {
    JobSpec job = JobSpec.parse("{\"name\": \"awk\", \"program\": {\"command\": [\"/bin/sh\", \"-c\","
        + " \"Smooth <&0\\nScale\"]}, \"files\": [{\"tag\": \">\", \"path\": \"" + out + "\", \"usage\": \"output\","
        + " \"distribute\": \"copy\"}], \"tasks\": 2}", "test");
    JobPlan plan = JobPlanner.plan(job, Map.of(), p -> p);
    piece(0, plan.merges().get(0).localName(), IN, ramp(IN, 0));
    piece(1, plan.merges().get(0).localName(), IN, ramp(IN, 0));

    merge(job, plan);

    assertEquals("/bin/sh -c Smooth <&0\\nScale",
        Dataset.open(output(), conf).history().getString("sepyarn_program", null));
  }

  @Test
  void progressRisesToOne() throws IOException {
    JobSpec job = job("{\"split\": {\"axis\": 2}}", "3", false);
    JobPlan plan = plan(job);
    identityPieces(plan, plan.merges().get(0), 0);

    List<Double> progress = merge(job, plan);

    assertFalse(progress.isEmpty());
    for (int i = 1; i < progress.size(); i++) {
      assertTrue(progress.get(i) >= progress.get(i - 1), progress.toString());
    }
    assertEquals(1.0, progress.get(progress.size() - 1));
  }

  @Test
  void anExistingOutputIsRefusedAndLeftUntouchedUnlessOverwriteIsAsked() throws IOException {
    Files.writeString(tmp.resolve("out.H"), "precious\n");
    JobSpec job = job("{\"split\": {\"axis\": 2}}", "3", false);
    JobPlan plan = plan(job);
    identityPieces(plan, plan.merges().get(0), 0);

    IOException e = assertThrows(IOException.class, () -> merge(job, plan));

    assertTrue(e.getMessage().contains(out), e.getMessage());
    assertEquals("precious\n", Files.readString(tmp.resolve("out.H")));

    JobSpec overwriting = job("{\"split\": {\"axis\": 2}}", "3", true);
    merge(overwriting, plan(overwriting));
    assertArrayEquals(read(input, null), read(output(), null));
  }

  @Test
  void aMissingPieceFailsNamingTheOutputAndThePiece() throws IOException {
    JobSpec job = job("{\"split\": {\"axis\": 2}}", "3", false);
    JobPlan plan = plan(job);
    identityPieces(plan, plan.merges().get(0), 0);
    fs.delete(work.pieces(1), true);

    IOException e = assertThrows(IOException.class, () -> merge(job, plan));

    assertTrue(e.getMessage().startsWith("cannot merge output files[1] " + out + " (concatenate along axis 2): "),
        e.getMessage());
    assertTrue(e.getMessage().contains("pieces/task-00001/f1-out.H"), e.getMessage());
    assertFalse(Files.exists(tmp.resolve("out.H")));
  }
}
