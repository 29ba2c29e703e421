package org.sepyarn.client.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.job.JobSpec;

class LocalJobPathsTest {
  private static final Path FOLDER = Paths.get("/work/jobs");

  @Test
  void relativeDatasetAndLocalizePathsAreTakenFromTheJobFilesFolder() {
    String json = "{\"program\": {\"command\": [\"./t\"], \"localize\": [\"bin/t\", \"../lib/l.so#l.so.1\","
        + " \"hdfs:///apps/x\", \"/opt/y\"]}, \"tasks\": 2, \"files\": ["
        + "{\"tag\": \"<\", \"path\": \"data/in.H\", \"usage\": \"input\", \"distribute\": \"copy\"},"
        + "{\"tag\": \"v=\", \"path\": \"/abs/v.H\", \"usage\": \"input\", \"distribute\": \"copy\"},"
        + "{\"tag\": \"w=\", \"path\": \"file:/abs/w.H\", \"usage\": \"input\", \"distribute\": \"copy\"},"
        + "{\"tag\": \">\", \"path\": \"out#1.H\", \"usage\": \"output\", \"distribute\": \"copy\"}]}";
    JobSpec job = JobSpec.parse(LocalJobPaths.resolve(json, FOLDER), "job.json");
    assertEquals("/work/jobs/data/in.H", job.files().get(0).path());
    assertEquals("/abs/v.H", job.files().get(1).path());
    assertEquals("file:/abs/w.H", job.files().get(2).path());
    assertEquals("/work/jobs/out#1.H", job.files().get(3).path());
    assertEquals(List.of(URI.create("/work/jobs/bin/t"), URI.create("/work/lib/l.so#l.so.1"),
        URI.create("hdfs:///apps/x"), URI.create("/opt/y")), job.program().localize());
  }

  @Test
  void relativeArchivePathsAreTakenFromTheJobFilesFolderToo() {
    String json = "{\"program\": {\"command\": [\"m8r/bin/sfsmooth\"], \"archives\": [\"apps/m8r.tgz#m8r\","
        + " \"hdfs:///apps/t.zip\"]}, \"tasks\": 2}";
    JobSpec job = JobSpec.parse(LocalJobPaths.resolve(json, FOLDER), "job.json");
    assertEquals(List.of(URI.create("/work/jobs/apps/m8r.tgz#m8r"), URI.create("hdfs:///apps/t.zip")),
        job.program().archives());
  }

  @Test
  void aFlowsStepsHaveTheirPathsAndKeptDatasetsResolvedAndTheirIntermediatesLeftAlone() {
    String split = "\"distribute\": {\"split\": {\"axis\": 2}}";
    String json = "{\"tasks\": 2, \"steps\": ["
        + "{\"name\": \"a\", \"program\": {\"command\": [\"x\"], \"localize\": [\"bin/x\"]}, \"files\": ["
        + "{\"tag\": \"<\", \"path\": \"in.H\", \"usage\": \"input\", " + split + "},"
        + "{\"tag\": \">\", \"path\": \"@m\", \"usage\": \"output\", " + split + ", \"keep\": \"out/m.H\"}]},"
        + "{\"name\": \"b\", \"program\": {\"command\": [\"y\"]}, \"files\": ["
        + "{\"tag\": \"<\", \"path\": \"@m\", \"usage\": \"input\", " + split + "},"
        + "{\"tag\": \">\", \"path\": \"out/o.H\", \"usage\": \"output\", " + split + "}]}]}";
    JobSpec job = JobSpec.parse(LocalJobPaths.resolve(json, FOLDER), "job.json");
    assertEquals(List.of("/work/jobs/in.H", "@m"), job.steps().get(0).files().stream().map(f -> f.path()).toList());
    assertEquals(java.util.Optional.of("/work/jobs/out/m.H"), job.steps().get(0).files().get(1).keep());
    assertEquals(List.of(URI.create("/work/jobs/bin/x")), job.steps().get(0).program().localize());
    assertEquals(List.of("@m", "/work/jobs/out/o.H"), job.steps().get(1).files().stream().map(f -> f.path()).toList());
  }

  @Test
  void aTextWithoutRelativePathsIsLeftExactlyAsItWas() {
    String json = "{\n  \"program\": {\"command\": [\"x\"]},   \"tasks\": 2\n}";
    assertEquals(json, LocalJobPaths.resolve(json, FOLDER));
  }

  @Test
  void textThatIsNotAJobObjectIsLeftForTheModelToReport() {
    for (String json : new String[] {"{\"tasks\": 4,}", "[1, 2]",
        "{\"a\": 1, \"a\": 2, \"files\": [{\"path\": \"x\"}]}",
        "{\"files\": 3}", "{} {}"}) {
      assertEquals(json, LocalJobPaths.resolve(json, FOLDER));
    }
  }
}
