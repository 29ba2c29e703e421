package org.sepyarn.client.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.runner.spec.WorkLayout;

class JobEvidenceTest {
  @TempDir
  java.nio.file.Path root;

  @Test
  void bytesComeFromTheStatusAndAreEmptyWithoutThem() throws Exception {
    ObjectMapper json = new ObjectMapper();
    String with = "{\"bytes\": {\"read\": 30, \"written\": 20, \"phases\": {\"fetch\": {\"read\": 10, \"written\": 0},"
        + " \"merge\": {\"read\": 20, \"written\": 20}}, \"outputs\": [{\"file\": 1, \"path\": \"/o.H\","
        + " \"merge\": \"concat\", \"copied\": 0}], \"outputBytes\": 10}}";
    ByteFigures b = ByteFigures.from(json.readTree(with)).orElseThrow();
    assertEquals(Optional.of(5.0), b.movedPerOutputByte());
    assertEquals(List.of("fetch", "merge"), List.copyOf(b.phases().keySet()));
    assertEquals(40L, b.phases().get("merge"));
    assertEquals(Optional.empty(), ByteFigures.from(json.readTree("{\"state\": \"SUCCEEDED\"}")));
    assertEquals(Optional.empty(), new ByteFigures(1, 1, 0, java.util.Map.of()).movedPerOutputByte());
  }

  @Test
  void phasesComeFromTheTasksStartAndTheOkRunnerReports() throws Exception {
    FileSystem fs = FileSystem.getLocal(new Configuration());
    WorkLayout work = new WorkLayout(new Path(root.toUri()));
    write(work.statusJson(), "{\"state\": \"SUCCEEDED\", \"updatedAt\": 20000, \"tasks\": ["
        + "{\"index\": 0, \"startedAt\": 3000}, {\"index\": 1, \"startedAt\": 4000}]}");
    write(work.report(0, 1), "{\"task\": 0, \"attempt\": 1, \"outcome\": \"ok\", \"startMillis\": 4000,"
        + " \"endMillis\": 9000}");
    write(work.report(1, 1), "{\"task\": 1, \"attempt\": 1, \"outcome\": \"program failed\", \"startMillis\": 4100,"
        + " \"endMillis\": 4200}");
    write(work.report(1, 2), "{\"task\": 1, \"attempt\": 2, \"outcome\": \"ok\", \"startMillis\": 6000,"
        + " \"endMillis\": 15000}");
    JobEvidence e = JobEvidence.read(fs, work, 1000, 21000);
    PhaseTimes p = e.phases();
    assertEquals(Optional.of(2.0), p.startup());
    assertEquals(Optional.of(1.5), p.containerStart());
    assertEquals(Optional.of(7.0), p.runner());
    assertEquals(Optional.of(12.0), p.tasks());
    assertEquals(Optional.of(5.0), p.merge());
    assertEquals(Optional.empty(), p.scatter(), "no scatter phase");
    assertTrue(e.bytes().isEmpty());
  }

  @Test
  void aScatterPhaseRunsFromTheFirstScatterRunnerToTheFirstTasksContainer() throws Exception {
    FileSystem fs = FileSystem.getLocal(new Configuration());
    WorkLayout work = new WorkLayout(new Path(root.toUri()));
    write(work.statusJson(), "{\"state\": \"SUCCEEDED\", \"updatedAt\": 20000, \"taskCount\": 1, \"tasks\": ["
        + "{\"index\": 0, \"startedAt\": 6000}]}");
    write(work.scatterPlan(), "{\"taskCount\": 1, \"tasks\": [{\"number\": 0, \"source\": \"/in.H\","
        + " \"slab\": \"[0:4]\", \"parts\": []}]}");
    write(work.report(1, 1), "{\"task\": 1, \"attempt\": 1, \"outcome\": \"ok\", \"startMillis\": 2500,"
        + " \"endMillis\": 5000}");
    write(work.report(0, 1), "{\"task\": 0, \"attempt\": 1, \"outcome\": \"ok\", \"startMillis\": 7000,"
        + " \"endMillis\": 9000}");
    write(work.report(2, 1), "{\"task\": 2, \"attempt\": 1, \"outcome\": \"ok\", \"startMillis\": 10000,"
        + " \"endMillis\": 19000}");
    PhaseTimes p = JobEvidence.read(fs, work, 1000, 21000).phases();
    assertEquals(Optional.of(1.5), p.startup(), "submission to the scatter runner");
    assertEquals(Optional.of(3.5), p.scatter(), "the scatter runner to the task's container");
    assertEquals(Optional.of(3.0), p.tasks());
    assertEquals(Optional.of(11.0), p.merge(), "the merge task (task 2) is the merge phase's");
  }

  @Test
  void anEmptyWorkFolderTellsNothing() throws Exception {
    JobEvidence e = JobEvidence.read(FileSystem.getLocal(new Configuration()),
        new WorkLayout(new Path(root.resolve("gone").toUri())), 0, 1);
    assertEquals(PhaseTimes.unknown(), e.phases());
    assertTrue(e.bytes().isEmpty());
  }

  private void write(Path path, String text) throws Exception {
    java.nio.file.Path p = java.nio.file.Path.of(path.toUri());
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }
}
