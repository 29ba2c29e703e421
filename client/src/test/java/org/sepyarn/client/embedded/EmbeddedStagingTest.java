package org.sepyarn.client.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.client.TestDatasets;
import org.sepyarn.client.job.CheckedJob;
import org.sepyarn.formats.dataset.Dataset;

/** Moving a local job onto a cluster file system; here the "cluster" is another local folder. */
class EmbeddedStagingTest {
  @TempDir
  Path dir;

  @Test
  void localInputsAndToolsAreCopiedAndTheJobNamesTheCopies() throws Exception {
    Path jobs = Files.createDirectories(dir.resolve("jobs"));
    new TestDatasets(jobs).ramp("in.H", 6, 4);
    Path tool = Files.writeString(jobs.resolve("tool.sh"), "#!/bin/sh\n");
    Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(jobs.resolve("notes.txt"), "read me");
    Path job = jobs.resolve("job.json");
    TestDatasets.write(job, "{\"program\": {\"command\": [\"./tool.sh\"], \"localize\": [\"tool.sh\","
        + " \"notes.txt#n.txt\"]}, \"files\": [{\"tag\": \"<\", \"path\": \"in.H\", \"usage\": \"input\","
        + " \"distribute\": {\"split\": {\"axis\": 2}}}, {\"tag\": \">\", \"path\": \"out/o.H\", \"usage\": \"output\","
        + " \"distribute\": {\"split\": {\"axis\": 2}}}], \"tasks\": 2, \"mergeTasks\": 3, \"tasksPerContainer\": 2}");
    Files.createDirectories(jobs.resolve("out"));
    Configuration conf = new Configuration();
    CheckedJob checked = EmbeddedRun.checkLocal(job.toString(), conf);

    Path cluster = dir.resolve("cluster");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    FileSystem fs = FileSystem.getLocal(conf);
    EmbeddedJob staged = new EmbeddedStaging(EmbeddedSession.localConfiguration(conf), fs,
        new org.apache.hadoop.fs.Path(cluster.toUri()), new PrintStream(log, true, StandardCharsets.UTF_8))
        .stage(checked);

    String input = staged.job().files().get(0).path();
    assertEquals("file:" + cluster.resolve("files/0/in.H"), input);
    Dataset copy = Dataset.open(new org.apache.hadoop.fs.Path(input), conf);
    assertEquals(checked.files().get(0).dataset().orElseThrow().cube(), copy.cube());

    assertEquals("file:" + cluster.resolve("files/1/o.H"), staged.job().files().get(1).path());
    assertEquals(1, staged.outputs().size());
    EmbeddedJob.OutputCopy out = staged.outputs().get(0);
    assertEquals("files[1]", out.field());
    assertEquals(new org.apache.hadoop.fs.Path("file:" + jobs.resolve("out/o.H")), out.local());
    assertFalse(Files.exists(cluster.resolve("files/1/o.H")), "the output is the job's to write");
    assertTrue(Files.isDirectory(cluster.resolve("files/1")), "the output's folder is there, as a job needs");

    assertEquals(URI.create("file:" + cluster.resolve("localize/0/tool.sh")), staged.job().program().localize().get(0));
    assertEquals(URI.create("file:" + cluster.resolve("localize/1/n.txt") + "#n.txt"),
        staged.job().program().localize().get(1));
    assertTrue(Files.isExecutable(cluster.resolve("localize/0/tool.sh")), "the executable bit is kept");
    assertFalse(Files.isExecutable(cluster.resolve("localize/1/n.txt")));
    assertEquals(checked.job().tasks(), staged.job().tasks());
    assertEquals(java.util.Optional.of(3), staged.job().mergeTasks(), "every setting is kept");
    assertEquals(2, staged.job().tasksPerContainer(), "every setting is kept");
    assertTrue(log.toString(StandardCharsets.UTF_8).contains("copied input files[0]"), log.toString());
  }

  @Test
  void aKeptIntermediatesLocalDatasetIsMovedOntoTheClusterAndCopiedBackAsAnOutput() throws Exception {
    Path jobs = Files.createDirectories(dir.resolve("jobs"));
    new TestDatasets(jobs).ramp("in.H", 6, 4);
    Path tool = Files.writeString(jobs.resolve("tool.sh"), "#!/bin/sh\n");
    Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.createDirectories(jobs.resolve("out"));
    String split = "\"distribute\": {\"split\": {\"axis\": 2}}";
    String step = "{\"name\": \"NAME\", \"program\": {\"command\": [\"./tool.sh\"], \"localize\": [\"tool.sh\"]},"
        + " \"files\": [FILES]}";
    Path job = jobs.resolve("flow.json");
    TestDatasets.write(job, "{\"tasks\": 2, \"steps\": ["
        + step.replace("NAME", "scale").replace("FILES", "{\"tag\": \"<\", \"path\": \"in.H\", \"usage\": \"input\", "
            + split + "}, {\"tag\": \">\", \"path\": \"@scaled\", \"usage\": \"output\", " + split
            + ", \"keep\": \"out/scaled.H\"}") + ", "
        + step.replace("NAME", "smooth").replace("FILES", "{\"tag\": \"<\", \"path\": \"@scaled\", \"usage\": \"input\", "
            + split + "}, {\"tag\": \">\", \"path\": \"out/o.H\", \"usage\": \"output\", " + split + "}") + "]}");
    Configuration conf = new Configuration();
    CheckedJob checked = EmbeddedRun.checkLocal(job.toString(), conf);

    Path cluster = dir.resolve("cluster");
    FileSystem fs = FileSystem.getLocal(conf);
    EmbeddedJob staged = new EmbeddedStaging(EmbeddedSession.localConfiguration(conf), fs,
        new org.apache.hadoop.fs.Path(cluster.toUri()), new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8)).stage(checked);

    org.sepyarn.formats.job.FileSpec written = staged.job().steps().get(0).files().get(1);
    assertEquals("@scaled", written.path(), "the intermediate keeps its name");
    assertEquals(java.util.Optional.of("file:" + cluster.resolve("files/1/scaled.H")), written.keep());
    assertEquals(List.of("files[1]", "files[3]"), staged.outputs().stream().map(EmbeddedJob.OutputCopy::field)
        .toList());
    assertEquals(new org.apache.hadoop.fs.Path("file:" + jobs.resolve("out/scaled.H")), staged.outputs().get(0).local());
    assertTrue(Files.isDirectory(cluster.resolve("files/1")), "the kept dataset's folder is there");
  }

  @Test
  void aLocalArchiveIsCopiedInUnderItsOwnFileNameAndKeepsItsFolderName() throws Exception {
    Path jobs = Files.createDirectories(dir.resolve("jobs"));
    Files.write(jobs.resolve("m8r-4.1.tgz"), new byte[] {31, -117, 8, 0});
    Path job = jobs.resolve("job.json");
    TestDatasets.write(job, "{\"program\": {\"command\": [\"m8r/bin/sfsmooth\"], \"archives\":"
        + " [\"m8r-4.1.tgz#m8r\"], \"env\": {\"RSFROOT\": \"{{PWD}}/m8r\"}}, \"tasks\": 2}");
    Configuration conf = new Configuration();
    CheckedJob checked = EmbeddedRun.checkLocal(job.toString(), conf);

    Path cluster = dir.resolve("cluster");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    EmbeddedJob staged = new EmbeddedStaging(EmbeddedSession.localConfiguration(conf), FileSystem.getLocal(conf),
        new org.apache.hadoop.fs.Path(cluster.toUri()), new PrintStream(log, true, StandardCharsets.UTF_8))
        .stage(checked);

    assertEquals(java.util.List.of(URI.create("file:" + cluster.resolve("archives/0/m8r-4.1.tgz") + "#m8r")),
        staged.job().program().archives());
    assertTrue(Files.isRegularFile(cluster.resolve("archives/0/m8r-4.1.tgz")));
    assertEquals(checked.job().program().env(), staged.job().program().env(), "every setting is kept");
    assertTrue(log.toString(StandardCharsets.UTF_8).contains("copied program.archives[0]"), log.toString());
  }

  @Test
  void theJobFolderOfALocalJobFile() {
    assertEquals(Path.of("/a/b"), EmbeddedRun.jobFolder("/a/b/job.json"));
    assertEquals(Path.of("/a/b"), EmbeddedRun.jobFolder("file:///a/b/job.json"));
    assertEquals(Path.of(System.getProperty("user.dir")), EmbeddedRun.jobFolder("job.json"));
    assertEquals(null, EmbeddedRun.jobFolder("hdfs:///jobs/job.json"));
  }

  @Test
  void anInputWhoseHeaderIncludesAParameterFileIsStagedWithTheParametersInline() throws Exception {
    Path jobs = Files.createDirectories(dir.resolve("jobs"));
    Files.writeString(jobs.resolve("axes.par"), "n1=6 n2=4 o1=10 label1=Depth\n");
    Files.write(jobs.resolve("in.H@"), new byte[96]);
    Files.writeString(jobs.resolve("in.H"), "esize=4 data_format=xdr_float par=axes.par in=" + jobs.resolve("in.H@")
        + "\n");
    Path job = jobs.resolve("job.json");
    TestDatasets.write(job, "{\"program\": {\"command\": [\"/bin/cat\"]}, \"files\": [{\"tag\": \"<\","
        + " \"path\": \"in.H\", \"usage\": \"input\", \"distribute\": {\"split\": {\"axis\": 2}}}], \"tasks\": 2}");
    Configuration conf = new Configuration();
    CheckedJob checked = EmbeddedRun.checkLocal(job.toString(), conf);

    Path cluster = dir.resolve("cluster");
    FileSystem fs = FileSystem.getLocal(conf);
    EmbeddedJob staged = new EmbeddedStaging(EmbeddedSession.localConfiguration(conf), fs,
        new org.apache.hadoop.fs.Path(cluster.toUri()), new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8)).stage(checked);

    assertFalse(Files.exists(cluster.resolve("files/0/axes.par")));
    Dataset copy = Dataset.open(new org.apache.hadoop.fs.Path(staged.job().files().get(0).path()), conf);
    assertEquals(checked.files().get(0).dataset().orElseThrow().cube(), copy.cube());
    assertEquals("Depth", copy.history().requireString("label1"));
  }

  /** A local SEP3D dataset of 4 traces with key cmp_x, at {@code header}. */
  private static void writeSep3d(Path header) throws java.io.IOException {
    org.sepyarn.formats.sep3d.HeaderKeys keys = org.sepyarn.formats.sep3d.HeaderKeys.of(
        org.sepyarn.formats.sep3d.HeaderKey.ofFloat("cmp_x"));
    try (org.sepyarn.formats.sep3d.Sep3dWriter w = org.sepyarn.formats.sep3d.Sep3dWriter.to(
        FileSystem.getLocal(new Configuration()), new org.apache.hadoop.fs.Path(header.toUri()),
        org.sepyarn.formats.geometry.Axis.ofLength(3), org.sepyarn.formats.element.ElementFormat.XDR_FLOAT, keys, 4)
        .open()) {
      w.traces().write(new byte[4 * 3 * 4]);
      for (int t = 0; t < 4; t++) {
        w.writeRecord(new int[] {Float.floatToIntBits(10f * t)}, 0);
      }
      w.commit();
    }
  }

  private static String irregularJob(String key) {
    return "{\"program\": {\"command\": [\"bin\"]}, \"files\": [{\"tag\": \"traces=\", \"path\": \"t.H\","
        + " \"usage\": \"input\", \"distribute\": {\"irregular\": {\"keys\": [\"" + key + "\"], \"blocks\": [2]}}},"
        + " {\"tag\": \">\", \"path\": \"image.H\", \"usage\": \"output\", \"distribute\": \"copy\"}]}";
  }

  @Test
  void aLocalSep3dInputIsCopiedInWithItsHeaderRecordsAndItsKeysAreChecked() throws Exception {
    Path jobs = Files.createDirectories(dir.resolve("sep3d"));
    writeSep3d(jobs.resolve("t.H"));
    Path job = jobs.resolve("job.json");
    TestDatasets.write(job, irregularJob("cmp_x"));
    Configuration conf = new Configuration();
    CheckedJob checked = EmbeddedRun.checkLocal(job.toString(), conf);
    Path cluster = dir.resolve("cluster3d");
    FileSystem fs = FileSystem.getLocal(conf);
    EmbeddedJob staged = new EmbeddedStaging(EmbeddedSession.localConfiguration(conf), fs,
        new org.apache.hadoop.fs.Path(cluster.toUri()), new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8)).stage(checked);
    org.sepyarn.formats.sep3d.Sep3dDataset copy = org.sepyarn.formats.sep3d.Sep3dDataset.open(
        new org.apache.hadoop.fs.Path(staged.job().files().get(0).path()), conf);
    assertEquals(4, copy.traceCount());
    assertEquals(java.util.List.of("cmp_x"), copy.keys().names());
    assertTrue(copy.headers().header().toString().startsWith("file:" + cluster), copy.headers().header().toString());

    TestDatasets.write(job, irregularJob("cmp_y"));
    String message = org.junit.jupiter.api.Assertions.assertThrows(
        org.sepyarn.client.cli.InvalidInputException.class, () -> EmbeddedRun.checkLocal(job.toString(), conf))
        .getMessage();
    assertTrue(message.contains("files[0].distribute.irregular.keys[0]: key cmp_y is not one of the header keys"),
        message);
  }
}
