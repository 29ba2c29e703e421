package org.sepyarn.formats.job;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sepyarn.formats.job.JobTexts.file;
import static org.sepyarn.formats.job.JobTexts.withFiles;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.geometry.Hypercube;

/** {@link JobSpec#checkAgainst}: the job against the shapes read from its inputs' headers. */
class JobShapeCheckTest {
  private static final String IN = "/data/in.H";

  private static JobSpec jobWithInput(String distribute, String tasks) {
    return JobTexts.parse(withFiles(file("<", IN, "input", distribute) + ","
        + file(">", "/data/out.H", "output", "'copy'"), tasks));
  }

  private static List<JobError> errors(JobSpec spec, Hypercube cube) {
    return assertThrows(JobValidationException.class, () -> spec.checkAgainst(Map.of(IN, cube))).errors();
  }

  private static JobError onlyError(JobSpec spec, Hypercube cube, String path) {
    List<JobError> all = errors(spec, cube);
    assertEquals(1, all.size(), all::toString);
    assertEquals(path, all.get(0).path());
    return all.get(0);
  }

  @Test
  void aJobThatFitsItsInputsPasses() {
    Hypercube cube = Hypercube.ofLengths(200, 200, 30);
    assertDoesNotThrow(() -> jobWithInput("{'patch': {'blocks': [4, 4], 'overlap': [10, 10]}}", "")
        .checkAgainst(Map.of(IN, cube)));
    assertDoesNotThrow(() -> jobWithInput("{'split': {'axis': 3}}", "'tasks': 30").checkAgainst(Map.of(IN, cube)));
    assertDoesNotThrow(() -> jobWithInput("{'patch': {'size': [100, 50], 'count': [3, 4]}}", "")
        .checkAgainst(Map.of(IN, Hypercube.ofLengths(300, 200))));
  }

  @Test
  void splittingAlongAnAxisTheDatasetDoesNotHaveNamesItsAxes() {
    JobError e = onlyError(jobWithInput("{'split': {'axis': 4}}", "'tasks': 16"), Hypercube.ofLengths(100, 50, 20),
        "files[0].distribute.split.axis");
    assertEquals("axis 4 but /data/in.H has 3 axes (n1=100 n2=50 n3=20); split along one of axes 1 to 3", e.message());
  }

  @Test
  void evenOneTaskCannotSplitAlongAnAxisTheDatasetDoesNotHave() {
    JobError e = onlyError(jobWithInput("{'split': {'axis': 2}}", "'tasks': 1"), Hypercube.ofLengths(100),
        "files[0].distribute.split.axis");
    assertEquals("axis 2 but /data/in.H has 1 axis (n1=100); split along axis 1", e.message());
  }

  @Test
  void splittingIntoMoreTasksThanSamplesIsAnError() {
    JobError e = onlyError(jobWithInput("{'split': {'axis': 2}}", "'tasks': 64"), Hypercube.ofLengths(100, 50),
        "files[0].distribute.split.axis");
    assertEquals("axis 2 of /data/in.H has 50 samples (n1=100 n2=50), too few for 64 tasks: each block needs at"
        + " least one sample", e.message());
  }

  @Test
  void moreBlocksThanSamplesIsAnError() {
    JobError e = onlyError(jobWithInput("{'patch': {'blocks': [1, 50]}}", ""), Hypercube.ofLengths(100, 20),
        "files[0].distribute.patch.blocks[1]");
    assertEquals("50 blocks but axis 2 of /data/in.H has only 20 samples (n1=100 n2=20)", e.message());
  }

  @Test
  void patchingANamedAxisBeyondTheDatasetsAxesIsReportedAtThatAxis() {
    JobError e = onlyError(jobWithInput("{'patch': {'axes': [1, 4], 'blocks': [2, 1]}}", ""),
        Hypercube.ofLengths(100, 20), "files[0].distribute.patch.axes[1]");
    assertEquals("axis 4 but /data/in.H has 2 axes (n1=100 n2=20); patch one of axes 1 to 2", e.message());
  }

  @Test
  void patchingADefaultAxisBeyondTheDatasetsAxesIsReportedAtItsCount() {
    onlyError(jobWithInput("{'patch': {'blocks': [2, 2, 2]}}", ""), Hypercube.ofLengths(100, 20),
        "files[0].distribute.patch.blocks[2]");
    onlyError(jobWithInput("{'patch': {'size': [60, 20], 'count': [2, 1]}}", ""), Hypercube.ofLengths(100),
        "files[0].distribute.patch.count[1]");
  }

  @Test
  void anOverlapOfTheSmallestBlockFitsButOneMoreDoesNot() {
    Hypercube cube = Hypercube.ofLengths(103);
    assertDoesNotThrow(() -> jobWithInput("{'patch': {'blocks': [4], 'overlap': [25]}}", "")
        .checkAgainst(Map.of(IN, cube)));
    JobError e = onlyError(jobWithInput("{'patch': {'blocks': [4], 'overlap': [26]}}", ""), cube,
        "files[0].distribute.patch.overlap[0]");
    assertEquals("overlap 26 is too large for axis 1 of /data/in.H: 4 blocks of its 103 samples are 25 or 26 samples"
        + " long, and a patch may reach at most one block into its neighbours: at most 25", e.message());
  }

  @Test
  void alongAnAxisWithOneBlockTheOverlapMayBeAsLongAsTheAxis() {
    assertDoesNotThrow(() -> jobWithInput("{'patch': {'blocks': [1, 4], 'overlap': [10, 2]}}", "")
        .checkAgainst(Map.of(IN, Hypercube.ofLengths(10, 40))));
    JobError e = onlyError(jobWithInput("{'patch': {'blocks': [1, 4], 'overlap': [11, 2]}}", ""),
        Hypercube.ofLengths(10, 40), "files[0].distribute.patch.overlap[0]");
    assertEquals("overlap 11 is too large for axis 1 of /data/in.H (10 samples in 1 block): at most 10", e.message());
  }

  @Test
  void windowsLargerThanTheAxisAreAnError() {
    JobError e = onlyError(jobWithInput("{'patch': {'size': [50], 'count': [2]}}", ""), Hypercube.ofLengths(40),
        "files[0].distribute.patch.size[0]");
    assertEquals("windows of 50 samples do not fit in axis 1 of /data/in.H (40 samples)", e.message());
  }

  @Test
  void oneWindowShorterThanTheAxisLeavesSamplesOut() {
    JobError e = onlyError(jobWithInput("{'patch': {'size': [30], 'count': [1]}}", "'tasks': 1"),
        Hypercube.ofLengths(40), "files[0].distribute.patch.count[0]");
    assertEquals("1 window of 30 samples cannot cover axis 1 of /data/in.H (40 samples): use size 40, or more windows",
        e.message());
  }

  @Test
  void tooFewWindowsLeaveGapsAndSayHowManyAreNeeded() {
    JobError e = onlyError(jobWithInput("{'patch': {'size': [10], 'count': [3]}}", ""), Hypercube.ofLengths(100),
        "files[0].distribute.patch.count[0]");
    assertEquals("3 windows of 10 samples leave gaps in axis 1 of /data/in.H (100 samples): use at least 10 windows,"
        + " or larger windows", e.message());
    assertDoesNotThrow(() -> jobWithInput("{'patch': {'size': [10], 'count': [10]}}", "")
        .checkAgainst(Map.of(IN, Hypercube.ofLengths(100))));
  }

  @Test
  void moreWindowsThanStartingPlacesWouldRepeatWindows() {
    JobError e = onlyError(jobWithInput("{'patch': {'size': [18], 'count': [4]}}", ""), Hypercube.ofLengths(20),
        "files[0].distribute.patch.count[0]");
    assertEquals("4 windows of 18 samples on axis 1 of /data/in.H (20 samples) would repeat windows: at most 3",
        e.message());
  }

  @Test
  void windowsMayOverlapSoThatSamplesLieInThreeOfThem() {
    assertDoesNotThrow(() -> jobWithInput("{'patch': {'size': [40], 'count': [5]}}", "")
        .checkAgainst(Map.of(IN, Hypercube.ofLengths(100))));
  }

  @Test
  void copiedInputsAndOutputsNeedNoShape() {
    JobSpec spec = JobTexts.parse(withFiles(file("<", IN, "input", "'copy'") + ","
        + file(">", "/data/out.H", "output", "{'split': {'axis': 2}}"), "'tasks': 4"));
    assertDoesNotThrow(() -> spec.checkAgainst(Map.of()));
  }

  @Test
  void aMissingShapeForACutInputIsAProgrammingError() {
    JobSpec spec = jobWithInput("{'split': {'axis': 2}}", "'tasks': 4");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> spec.checkAgainst(Map.of()));
    assertTrue(e.getMessage().contains("files[0] (/data/in.H)"), e::getMessage);
  }

  @Test
  void everyMismatchIsReportedTogether() {
    JobSpec spec = JobTexts.parse(withFiles(
        file("<", IN, "input", "{'patch': {'blocks': [8, 2], 'overlap': [1, 60]}}") + ","
        + file("vel=", "/data/vel.H", "input", "{'split': {'axis': 3}}"), ""));
    JobValidationException e = assertThrows(JobValidationException.class, () -> spec.checkAgainst(Map.of(
        IN, Hypercube.ofLengths(4, 100), "/data/vel.H", Hypercube.ofLengths(10, 10))));
    assertEquals(List.of("files[0].distribute.patch.blocks[0]", "files[0].distribute.patch.overlap[1]",
        "files[1].distribute.split.axis"), e.errors().stream().map(JobError::path).toList());
    assertTrue(e.getMessage().startsWith("job sfsmooth against its input datasets: 3 errors\n"), e::getMessage);
  }
}
