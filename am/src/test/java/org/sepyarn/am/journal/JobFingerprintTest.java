package org.sepyarn.am.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.journal.JobFingerprint.InputShape;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;

class JobFingerprintTest {
  private static final String JOB = "{\"program\": {\"path\": \"/bin/scale\"}, \"files\": []}";
  private static final Hypercube CUBE = Hypercube.of(new Axis(100, 0, 0.004, "time", "s"), new Axis(50, 0, 25));
  private static final InputShape INPUT = InputShape.of("/data/in.H", CUBE, 20_000);

  @Test
  void theSameJobAndInputsGiveTheSameFingerprint() {
    String fingerprint = JobFingerprint.of(JOB, List.of(INPUT));

    assertEquals(fingerprint, JobFingerprint.of(JOB, List.of(InputShape.of("/data/in.H", CUBE, 20_000))));
    assertTrue(fingerprint.matches("sha256:[0-9a-f]{64}"), fingerprint);
  }

  @Test
  void aChangedJobDescriptionChangesIt() {
    assertNotEquals(JobFingerprint.of(JOB, List.of(INPUT)), JobFingerprint.of(JOB + " ", List.of(INPUT)));
  }

  @Test
  void aChangedInputPathLengthSamplingOrSizeChangesIt() {
    String fingerprint = JobFingerprint.of(JOB, List.of(INPUT));
    Hypercube resampled = CUBE.withAxis(2, new Axis(50, 0, 12.5));

    assertNotEquals(fingerprint, JobFingerprint.of(JOB, List.of(InputShape.of("/data/other.H", CUBE, 20_000))));
    assertNotEquals(fingerprint, JobFingerprint.of(JOB, List.of(InputShape.of("/data/in.H",
        CUBE.withAxis(2, new Axis(51, 0, 25)), 20_000))));
    assertNotEquals(fingerprint, JobFingerprint.of(JOB, List.of(InputShape.of("/data/in.H", resampled, 20_000))));
    assertNotEquals(fingerprint, JobFingerprint.of(JOB, List.of(InputShape.of("/data/in.H", CUBE, 20_004))));
  }

  @Test
  void movingTextBetweenFieldsChangesIt() {
    InputShape a = new InputShape("/data/a", "n1=1", List.of(), 1);
    InputShape b = new InputShape("/data/an1=1", "", List.of(), 1);

    assertNotEquals(JobFingerprint.of(JOB, List.of(a)), JobFingerprint.of(JOB, List.of(b)));
  }

  @Test
  void theOrderOfTheInputsCounts() {
    InputShape other = InputShape.of("/data/vel.H", Hypercube.ofLengths(10), 40);

    assertNotEquals(JobFingerprint.of(JOB, List.of(INPUT, other)), JobFingerprint.of(JOB, List.of(other, INPUT)));
  }

  @Test
  void aNegativeSizeIsRejectedNamingTheInput() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new InputShape("/data/in.H", "n1=3", List.of(), -1));

    assertTrue(e.getMessage().contains("input /data/in.H has -1 bytes"), e.getMessage());
  }
}
