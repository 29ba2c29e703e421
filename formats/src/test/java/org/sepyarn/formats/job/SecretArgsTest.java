package org.sepyarn.formats.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sepyarn.formats.job.JobTexts.errorAt;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Arguments named in program.secretArgs are shown as name=***, nowhere else changed. */
class SecretArgsTest {
  private static final String JOB = "{'program': {'command': ['rtm'], 'args': ['password=hunter2', 'nz=200',"
      + " 'token=abc=def', 'passwordless=1', '=x'], 'secretArgs': ['password', 'token']},"
      + " 'tasks': [['password=per-task', 'shot=1'], ['shot=2']]}";

  private final JobSpec job = JobTexts.parse(JOB);

  @Test
  void theProgramKeepsTheRealValues() {
    assertEquals(List.of("password=hunter2", "nz=200", "token=abc=def", "passwordless=1", "=x"),
        job.program().args());
    assertEquals(List.of("password=per-task", "shot=1"), job.taskArgs(0));
  }

  @Test
  void secretValuesAreShownAsStars() {
    assertEquals(List.of("password=***", "nz=200", "token=***", "passwordless=1", "=x"),
        job.program().shown(job.program().args()));
    assertEquals(List.of("password=***", "shot=1"), job.program().shown(job.taskArgs(0)));
    assertEquals("password", job.program().shown("password"), "a word without = is not a parameter");
  }

  @Test
  void aProgramWithoutSecretsShowsEverything() {
    ProgramSpec plain = new ProgramSpec(List.of("x"), List.of("password=1"), java.util.Map.of(), List.of());
    assertEquals(List.of("password=1"), plain.shown(plain.args()));
  }

  @Test
  void theSecretNamesSurviveTheCanonicalForm() {
    assertEquals(job, JobSpec.parse(job.toJson(), "canonical"));
    assertTrue(job.toJson().contains("\"secretArgs\""));
    assertTrue(!JobTexts.parse("{'program': {'command': ['x']}, 'tasks': 1}").toJson().contains("secretArgs"),
        "left out when there are none");
  }

  @Test
  void aSecretNameMustBeTheNameOfAParameter() {
    JobError e = errorAt("{'program': {'command': ['x'], 'secretArgs': ['pass=word']}, 'tasks': 1}",
        "program.secretArgs[0]");
    assertTrue(e.message().contains("\"pass=word\" is not a parameter name"), e.toString());
  }
}
