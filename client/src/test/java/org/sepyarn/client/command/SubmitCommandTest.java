package org.sepyarn.client.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.client.Run;
import org.sepyarn.client.TestDatasets;

/**
 * {@code sepyarn submit} refuses invalid input before staging anything. The local file system is
 * the default one and the home folder (where {@code ~/.sepyarn} would go) is a temporary one; no
 * ResourceManager runs, so reaching YARN would fail differently.
 */
class SubmitCommandTest {
  @TempDir
  Path dir;
  private Path home;
  private String realHome;

  @BeforeEach
  void temporaryHome() throws Exception {
    home = Files.createDirectories(dir.resolve("home"));
    realHome = System.getProperty("user.home");
    System.setProperty("user.home", home.toString());
    new TestDatasets(dir).ramp("in.H", 10, 8);
  }

  @AfterEach
  void realHome() {
    System.setProperty("user.home", realHome);
  }

  private Path job(String text) {
    Path job = dir.resolve("job.json");
    TestDatasets.write(job, text.replace("DIR", dir.toString()));
    return job;
  }

  private Path validJob() {
    return job("{\"program\": {\"command\": [\"x\"]}, \"tasks\": 2, \"files\": [{\"tag\": \"<\", \"path\":"
        + " \"DIR/in.H\", \"usage\": \"input\", \"distribute\": {\"split\": {\"axis\": 2}}}]}");
  }

  private void assertNothingStaged() {
    assertFalse(Files.exists(home.resolve(".sepyarn")), "no staging folder in " + home);
  }

  @Test
  void anInvalidJobIsRefusedAndNothingIsStaged() {
    Path job = job("{\"program\": {\"command\": [\"x\"]}, \"tasks\": 2, \"files\": [{\"tag\": \"<\", \"path\":"
        + " \"DIR/in.H\", \"usage\": \"input\", \"distribute\": {\"split\": {\"axis\": 4}}}]}");
    Run run = Run.local("submit", job.toString());
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("files[0].distribute.split.axis: axis 4"), run.toString());
    assertNothingStaged();
  }

  @Test
  void aJobWithAMissingInputIsRefusedAndNothingIsStaged() {
    Path job = job("{\"program\": {\"command\": [\"x\"]}, \"tasks\": 2, \"files\": [{\"tag\": \"<\", \"path\":"
        + " \"DIR/none.H\", \"usage\": \"input\", \"distribute\": \"copy\"}]}");
    Run run = Run.local("submit", "--detach", job.toString());
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("files[0].path: input dataset"), run.toString());
    assertNothingStaged();
  }

  @Test
  void withoutABuiltJarItSaysHowToBuildOneAndStagesNothing() {
    Run run = Run.local("submit", validJob().toString());
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("mvn -B -DskipTests package"), run.toString());
    assertNothingStaged();
  }

  @Test
  void aJarThatIsNotSepyarnsIsRefused() throws Exception {
    Path jar = dir.resolve("other.jar");
    try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new java.util.jar.JarEntry("x/Y.class"));
    }
    Run run = Run.local("-D", "sepyarn.jar=" + jar, "submit", validJob().toString());
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("does not hold the ApplicationMaster (org/sepyarn/am/ApplicationMasterMain.class)"),
        run.toString());
    assertNothingStaged();
  }

  @Test
  void tooLittleMemoryForTheApplicationMasterIsRefused() {
    Run run = Run.local("-D", "sepyarn.am.memory-mb=12", "submit", validJob().toString());
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("sepyarn.am.memory-mb=12 is too little memory"), run.toString());
    assertNothingStaged();
  }

  @Test
  void anEmbeddedRunChecksTheLocalJobBeforeStartingClusters() {
    Path job = job("{\"program\": {\"command\": [\"x\"]}, \"tasks\": 2, \"files\": [{\"tag\": \"<\", \"path\":"
        + " \"nothere.H\", \"usage\": \"input\", \"distribute\": \"copy\"}]}");
    Run run = Run.local("submit", "--embedded", job.toString());
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("files[0].path: input dataset file:" + dir.resolve("nothere.H")
        + " does not exist"), "a relative path is taken from the job file's folder:\n" + run);
    assertFalse(run.err().contains("starting HDFS"), run.toString());
  }

  @Test
  void anEmbeddedRunRefusesAProgramThatCannotStartOnThisMachineBeforeStartingClusters() {
    Path job = job("{\"program\": {\"command\": [\"/nonexistent/sfsmooth\"]}, \"tasks\": 2}");
    Run run = Run.local("submit", "--embedded", job.toString());
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("program.command[0]: \"/nonexistent/sfsmooth\" does not exist on this machine"),
        run.toString());
    assertFalse(run.err().contains("starting HDFS"), run.toString());
  }

  @Test
  void anEmbeddedRunRefusesAnOutputWhoseFolderIsMissing() {
    new org.sepyarn.client.TestDatasets(dir).ramp("in.H", 4, 2);
    Path job = job("{\"program\": {\"command\": [\"/bin/cat\"]}, \"tasks\": 2, \"files\": ["
        + "{\"tag\": \"<\", \"path\": \"in.H\", \"usage\": \"input\", \"distribute\": \"copy\"},"
        + "{\"tag\": \">\", \"path\": \"nofolder/out.H\", \"usage\": \"output\", \"distribute\": \"copy\"}]}");
    Run run = Run.local("submit", "--embedded", job.toString());
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("files[1].path: the folder file:" + dir.resolve("nofolder")), run.toString());
    assertFalse(run.err().contains("starting HDFS"), run.toString());
  }
}
