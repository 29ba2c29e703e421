package org.sepyarn.client.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.client.Run;
import org.sepyarn.client.TestDatasets;

/** {@code sepyarn validate} on the local file system: the job's mistakes, each at its field, and the summary. */
class ValidateCommandTest {
  @TempDir
  Path dir;
  TestDatasets data;

  @BeforeEach
  void input() {
    data = new TestDatasets(dir);
    data.ramp("in.H", 100, 20, 3);
    data.ramp("vel.H", 100, 20);
  }

  private Path job(String files, String rest) {
    Path job = dir.resolve("job.json");
    TestDatasets.write(job, "{\"name\": \"t\", \"program\": {\"command\": [\"sfsmooth\"], \"args\": [\"rect1=3\"]},\n"
        + "\"files\": [" + files.replace("DIR", dir.toString()) + "]" + rest + "}");
    return job;
  }

  private static String file(String tag, String name, String usage, String distribute) {
    return "{\"tag\": \"" + tag + "\", \"path\": \"DIR/" + name + "\", \"usage\": \"" + usage + "\", \"distribute\": "
        + distribute + "}";
  }

  private static final String PATCH_4X4 = "{\"patch\": {\"blocks\": [4, 4], \"overlap\": [5, 2]}}";

  private static Run validate(Path job) {
    return Run.local("validate", job.toString());
  }

  private static void assertInvalid(Run run, String... fragments) {
    assertEquals(2, run.exitCode(), run.toString());
    for (String f : fragments) {
      assertTrue(run.err().contains(f), "expected \"" + f + "\" in\n" + run);
    }
  }

  @Test
  void aValidJobPrintsItsTasksFilesAndCommandLine() {
    Run run = validate(job(file("<", "in.H", "input", PATCH_4X4) + ",\n" + file(">", "out.H", "output", PATCH_4X4)
        + ",\n" + file("vel=", "vel.H", "input", "\"copy\""), ""));
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("valid"), run.toString());
    assertTrue(run.out().contains("job t: 16 tasks"), run.toString());
    assertTrue(run.out().contains("task 0 runs: sfsmooth rect1=3 vel=$PWD/f2-vel.H < f0-in.H > f1-out.H"), run.toString());
    assertTrue(run.out().contains("patch: blocks [4, 4], overlap [5, 2] on axes [1, 2]: 16 pieces"), run.toString());
    assertTrue(run.out().contains("copy: the whole dataset to every task (1 piece)"), run.toString());
    assertTrue(run.out().contains("(n1=100 n2=20 n3=3, xdr_float, 24000 bytes)"), run.toString());
  }

  @Test
  void aSecretEnvironmentValueIsShownAsStarsAndTheOthersAsTheyAre() throws Exception {
    Path job = dir.resolve("job.json");
    TestDatasets.write(job, "{\"name\": \"t\", \"program\": {\"command\": [\"sfsmooth\"], \"env\":"
        + " {\"AWS_KEY\": \"AKIAhunter2\", \"RSFROOT\": \"{{PWD}}/m8r\"}, \"secretEnv\": [\"AWS_KEY\"]},"
        + " \"files\": [" + file("<", "in.H", "input", "{\"split\": {\"axis\": 3}}").replace("DIR", dir.toString())
        + "], \"tasks\": 3}");
    Run run = validate(job);
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("with environment AWS_KEY=*** RSFROOT={{PWD}}/m8r"), run.toString());
    assertFalse(run.out().contains("hunter2") || run.err().contains("hunter2"), run.toString());
  }

  @Test
  void aJobWhoseContainersRunSeveralTasksSaysSo() {
    Run run = validate(job(file("<", "in.H", "input", "{\"split\": {\"axis\": 3}}"),
        ", \"tasks\": 3, \"tasksPerContainer\": 2"));
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("job t: 3 tasks, queue default, 1024 MiB and 1 vcore each, up to 2 tasks to a"
        + " container\n"), run.toString());
    Run one = validate(job(file("<", "in.H", "input", "{\"split\": {\"axis\": 3}}"), ", \"tasks\": 3"));
    assertTrue(one.out().contains("1 vcore each\n"), one.toString());
  }

  @Test
  void aPatchedJobShowsEachPatchsWindowOverlapAndHalo() {
    Run run = validate(job(file("<", "in.H", "input", "{\"patch\": {\"blocks\": [2, 2], \"overlap\": [5, 2]}}")
        + ",\n" + file(">", "out.H", "output", "{\"patch\": {\"blocks\": [2, 2], \"overlap\": [5, 2],"
        + " \"halo\": [2, 1]}}"), ""));
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("patch: blocks [2, 2], overlap [5, 2], halo [2, 1] on axes [1, 2]: 4 pieces, blended"),
        run.toString());
    assertTrue(run.out().contains("patch 3: window [45:100,8:20,0:3], owns [50:100,10:20,0:3]; overlap before/after:"
        + " axis 1 5/0, axis 2 2/0\n"), run.toString());
    assertTrue(run.out().contains("patch 3: window [45:100,8:20,0:3], owns [50:100,10:20,0:3]; overlap before/after:"
        + " axis 1 5/0, axis 2 2/0; halo before/after: axis 1 2/0, axis 2 1/0"), run.toString());
  }

  @Test
  void aHaloLargerThanTheOverlapIsInvalidAtItsAxis() {
    Run run = validate(job(file("<", "in.H", "input", "{\"patch\": {\"blocks\": [2, 2], \"overlap\": [5, 2]}}")
        + ",\n" + file(">", "out.H", "output", "{\"patch\": {\"blocks\": [2, 2], \"overlap\": [5, 2],"
        + " \"halo\": [2, 3]}}"), ""));
    assertInvalid(run, "files[1].distribute.patch.halo[1]", "halo 3 on axis 2 is more than the overlap 2 there");
  }

  @Test
  void aSplitJobSaysHowManyBlocksAlongWhichAxis() {
    Run run = validate(job(file("<", "in.H", "input", "{\"split\": {\"axis\": 3}}") + ",\n"
        + file(">", "out.H", "output", "{\"split\": {\"axis\": 3}}"), ", \"tasks\": 3"));
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("split along axis 3 (n3=3) into 3 pieces, one per task"), run.toString());
    assertTrue(run.out().contains("split along axis 3: 3 pieces, concatenated in task order"), run.toString());
  }

  @Test
  void anUnknownKeyIsNamedWithASuggestion() {
    Run run = validate(job(file("<", "in.H", "input", "\"copy\""), ", \"task\": 2"));
    assertInvalid(run, "job.json: ", "task: unknown key; did you mean \"tasks\"?");
  }

  @Test
  void aMissingInputIsNamedByItsField() {
    Run run = validate(job(file("<", "nothere.H", "input", "\"copy\""), ", \"tasks\": 2"));
    assertInvalid(run, "files[0].path: input dataset file:" + dir.resolve("nothere.H") + " does not exist");
  }

  @Test
  void anInputWhoseBinaryIsOnAnotherFileSystemIsRefusedWithTheFix() {
    TestDatasets.write(dir.resolve("far.H"),
        "n1=100 n2=20 n3=3 esize=4 data_format=xdr_float in=hdfs://elsewhere:8020/data/in.H@\n");
    Run run = validate(job(file("<", "far.H", "input", "\"copy\""), ", \"tasks\": 2"));
    assertInvalid(run, "files[0].path: dataset file:" + dir.resolve("far.H")
        + " says in=\"hdfs://elsewhere:8020/data/in.H@\"", "another file system (hdfs://elsewhere:8020) than the"
        + " header's (file://)", "\"allowForeignBinaries\": true");
  }

  @Test
  void secretArgumentsAreShownAsStarsInTheCommandLine() {
    Path job = dir.resolve("job.json");
    TestDatasets.write(job, ("{\"name\": \"t\", \"program\": {\"command\": [\"sfsmooth\"], \"args\": [\"rect1=3\","
        + " \"password=hunter2\"], \"secretArgs\": [\"password\", \"key\"]}, \"files\": [" + file("<", "in.H", "input",
        "{\"split\": {\"axis\": 3}}") + "], \"tasks\": [[\"key=k0\"], [\"key=k1\"], [\"key=k2\"]]}")
        .replace("DIR", dir.toString()));
    Run run = validate(job);
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("task 0 runs: sfsmooth rect1=3 password=*** key=*** < f0-in.H"), run.toString());
    assertFalse(run.out().contains("hunter2") || run.out().contains("k0"), run.toString());
  }

  @Test
  void aLocalizedFileTakingTheRunnersJarNameIsRefused() {
    Path job = dir.resolve("job.json");
    TestDatasets.write(job, "{\"name\": \"t\", \"program\": {\"command\": [\"sfsmooth\"],"
        + " \"localize\": [\"hdfs:///apps/tool#sepyarn.jar\"]}, \"tasks\": 1}");
    assertInvalid(validate(job), "program.localize[0]", "the runner's own file \"sepyarn.jar\"",
        "\"hdfs:///apps/tool#my-sepyarn.jar\"");
  }

  @Test
  void anAxisOutOfRangeIsNamedByItsField() {
    Run run = validate(job(file("<", "vel.H", "input", "{\"split\": {\"axis\": 3}}"), ", \"tasks\": 2"));
    assertInvalid(run, "files[0].distribute.split.axis: axis 3 but " + dir.resolve("vel.H") + " has 2 axes");
  }

  @Test
  void moreBlocksThanSamplesIsNamedByItsField() {
    String patch = "{\"patch\": {\"blocks\": [4, 50]}}";
    Run run = validate(job(file("<", "in.H", "input", patch) + "," + file(">", "o.H", "output", patch), ""));
    assertInvalid(run, "files[0].distribute.patch.blocks[1]: 50 blocks but axis 2");
  }

  @Test
  void anOverlapLargerThanABlockIsNamedByItsField() {
    String patch = "{\"patch\": {\"blocks\": [4, 4], \"overlap\": [30, 0]}}";
    Run run = validate(job(file("<", "in.H", "input", patch) + "," + file(">", "o.H", "output", patch), ""));
    assertInvalid(run, "files[0].distribute.patch.overlap[0]: overlap 30 is too large for axis 1");
  }

  @Test
  void anExistingOutputNeedsOverwrite() {
    data.ramp("out.H", 100, 20, 3);
    Run run = validate(job(file("<", "in.H", "input", PATCH_4X4) + "," + file(">", "out.H", "output", PATCH_4X4), ""));
    assertInvalid(run, "files[1].path: output file:" + dir.resolve("out.H") + " already exists; set \"overwrite\":"
        + " true in the job to replace it, or remove it");
  }

  /** A resumed run keeps the outputs its earlier run merged: they exist, and that is no error. */
  @Test
  void anExistingOutputAResumedRunMergedAlreadyIsKept() throws Exception {
    data.ramp("out.H", 100, 20, 3);
    Path job = job(file("<", "in.H", "input", PATCH_4X4) + "," + file(">", "out.H", "output", PATCH_4X4), "");
    org.sepyarn.formats.job.JobSpec spec = org.sepyarn.formats.job.JobSpec.parse(
        java.nio.file.Files.readString(job), job.toString());
    org.apache.hadoop.conf.Configuration conf = new org.apache.hadoop.conf.Configuration();
    conf.set("fs.defaultFS", "file:///");
    conf.set(JobInputCheck.KEPT_OUTPUTS, "1");

    assertEquals(2, new JobInputCheck(conf).check(spec).files().size());
    conf.unset(JobInputCheck.KEPT_OUTPUTS);
    assertThrows(org.sepyarn.client.cli.InvalidInputException.class, () -> new JobInputCheck(conf).check(spec));
  }

  @Test
  void anExistingOutputIsFineWithOverwrite() {
    data.ramp("out.H", 100, 20, 3);
    Run run = validate(job(file("<", "in.H", "input", PATCH_4X4) + "," + file(">", "out.H", "output", PATCH_4X4),
        ", \"overwrite\": true"));
    assertEquals(0, run.exitCode(), run.toString());
  }

  @Test
  void anExistingBinaryOfAnOutputNeedsOverwriteToo() {
    TestDatasets.write(dir.resolve("out.H@"), new byte[4]);
    Run run = validate(job(file("<", "in.H", "input", PATCH_4X4) + "," + file(">", "out.H", "output", PATCH_4X4), ""));
    assertInvalid(run, "files[1].path: the binary file:" + dir.resolve("out.H@") + " of output");
  }

  @Test
  void aPatchedOutputNeedsAnInputPatchedTheSameWay() {
    String other = "{\"patch\": {\"blocks\": [4, 4], \"overlap\": [5, 3]}}";
    Run run = validate(job(file("<", "in.H", "input", PATCH_4X4) + "," + file(">", "o.H", "output", other), ""));
    assertInvalid(run, "files[1].distribute: output file:" + dir.resolve("o.H") + " is cut into 4x4 = 16 patches,"
        + " but no input is cut into the same patches");
  }

  @Test
  void anOutputThatResolvesToAnInputIsRefused() {
    String files = file("<", "in.H", "input", "\"copy\"") + ", {\"tag\": \">\", \"path\": \"file://" + dir
        + "/in.H\", \"usage\": \"output\", \"distribute\": \"copy\"}";
    Run run = validate(job(files, ", \"tasks\": 2, \"overwrite\": true"));
    assertInvalid(run, "files[1].path: output file:" + dir.resolve("in.H") + " is the input files[0]");
  }

  @Test
  void aBrokenInputGivesTheDatasetsOwnReasonAtItsField() {
    data.withBinary("short.H", new byte[10], 4, 4);
    Run run = validate(job(file("<", "short.H", "input", "{\"split\": {\"axis\": 2}}"), ", \"tasks\": 2"));
    assertInvalid(run, "files[0].path: ", "short.H");
    String line = run.err().lines().filter(l -> l.contains("files[0].path")).findFirst().orElseThrow();
    assertTrue(line.contains("10") && line.contains("64"), "the dataset says how many bytes it has and needs: " + line);
  }

  @Test
  void aMissingFileToLocalizeIsNamedByItsField() {
    Path job = dir.resolve("job.json");
    TestDatasets.write(job, "{\"program\": {\"command\": [\"./tool\"], \"localize\": [\"file://" + dir
        + "/tool\"]}, \"tasks\": 2}");
    Run run = validate(job);
    assertInvalid(run, "program.localize[0]: file:" + dir.resolve("tool") + " does not exist");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    data.ramp("out.H", 100, 20, 3);
    Run run = validate(job(file("<", "missing.H", "input", PATCH_4X4) + "," + file(">", "out.H", "output", PATCH_4X4)
        + "," + file("vel=", "vel.H", "input", "{\"split\": {\"axis\": 5}}"), ""));
    assertInvalid(run, "2 errors", "files[0].path", "files[1].path");
  }

  @Test
  void anOutputInAFolderThatDoesNotExistIsRefused() {
    Run run = validate(job(file("<", "in.H", "input", "\"copy\"") + "," + file(">", "new/out.H", "output", "\"copy\""),
        ", \"tasks\": 2"));
    assertInvalid(run, "files[1].path: the folder file:" + dir.resolve("new") + " of output", "does not exist",
        "mkdir -p");
    assertFalse(Files.exists(dir.resolve("new")), "nothing is created for an invalid job");
  }

  @Test
  void anOutputUnderAFileIsRefused() {
    Run run = validate(job(file("<", "in.H", "input", "\"copy\"") + "," + file(">", "in.H/sub/out.H", "output",
        "\"copy\""), ", \"tasks\": 2"));
    assertInvalid(run, "files[1].path: ", "file:" + dir.resolve("in.H") + " is a file, not a folder");
  }

  @Test
  void aMultiFileBinaryWithAMissingPartIsRefused() {
    TestDatasets.write(dir.resolve("a@"), new byte[4000]);
    TestDatasets.write(dir.resolve("parts.H"), "n1=100 n2=20 esize=4 data_format=\"xdr_float\" in=\"a@;b@\"\n");
    Run run = validate(job(file("<", "parts.H", "input", "{\"split\": {\"axis\": 2}}"), ", \"tasks\": 2"));
    assertInvalid(run, "files[0].path: ", dir.resolve("b@").toString(), "does not exist");
  }

  @Test
  void positionalFilesComeLastInTheirOrderUnderTheirLocalNames() {
    Run run = validate(job(file("@2", "vel.H", "input", "\"copy\"") + "," + file("@1", "in.H", "input",
        "{\"split\": {\"axis\": 3}}") + "," + file(">", "out.H", "output", "{\"split\": {\"axis\": 3}}"),
        ", \"tasks\": 3"));
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("task 0 runs: sfsmooth rect1=3 $PWD/f1-in.H $PWD/f0-vel.H > f2-out.H"),
        run.toString());
  }

  @Test
  void aGapInThePositionsIsRefused() {
    Run run = validate(job(file("@2", "vel.H", "input", "\"copy\""), ", \"tasks\": 2"));
    assertInvalid(run, "files[0].tag: \"@2\" but no file is \"@1\"");
  }

  @Test
  void aMissingJobFileIsInvalidInput() {
    Run run = validate(dir.resolve("none.json"));
    assertInvalid(run, "job file " + dir.resolve("none.json") + " does not exist");
  }

  @Test
  void aJobFileThatIsAFolderIsInvalidInput() throws Exception {
    Files.createDirectories(dir.resolve("jobs"));
    assertInvalid(validate(dir.resolve("jobs")), "is a folder");
    assertInvalid(Run.local("validate", "file://" + dir.resolve("jobs")), "is a folder");
  }

  @Test
  void aJobFileMayBeAUri() {
    Path job = job(file("<", "in.H", "input", "{\"split\": {\"axis\": 3}}"), ", \"tasks\": 3");
    Run run = Run.local("validate", "file://" + job);
    assertEquals(0, run.exitCode(), run.toString());
  }

  @Test
  void aSyntaxErrorGivesLineAndColumn() {
    Path job = dir.resolve("job.json");
    TestDatasets.write(job, "{\n  \"tasks\": 4,\n}");
    assertInvalid(validate(job), "job.json: 1 error", "line 3, column 1: not valid JSON");
  }

  @Test
  void aRelativeDatasetPathIsRefusedOutsideTheEmbeddedMode() {
    Path job = dir.resolve("job.json");
    TestDatasets.write(job, "{\"program\": {\"command\": [\"x\"]}, \"tasks\": 2, \"files\": [{\"tag\": \"<\","
        + " \"path\": \"in.H\", \"usage\": \"input\", \"distribute\": \"copy\"}]}");
    assertInvalid(validate(job), "files[0].path: \"in.H\" is relative");
  }

  @Test
  void validateTakesExactlyOneJob() {
    assertInvalid(Run.local("validate"), "expected one job file (job.json), got none");
    Run two = Run.local("validate", "a.json", "b.json");
    assertInvalid(two, "expected one job file");
    assertFalse(two.err().contains("does not exist"), two.toString());
  }
}
