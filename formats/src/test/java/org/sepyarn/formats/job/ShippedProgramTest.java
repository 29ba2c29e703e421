package org.sepyarn.formats.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sepyarn.formats.job.JobTexts.errorAt;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The job keys of issue 9: archives unpacked into the working folder, secret environment values,
 * a Docker image, resource types, application ACLs and a node label; each read, checked and shown.
 */
class ShippedProgramTest {
  private static String program(String extra) {
    return "{'program': {'command': ['m8r/bin/sfsmooth']" + extra + "}, 'tasks': 1}";
  }

  @Test
  void anArchiveIsNamedByItsFragmentOrElseItsFileName() {
    JobSpec job = JobTexts.parse(program(", 'archives': ['hdfs:///apps/m8r-4.1.tgz#m8r', '/apps/tools.zip']"));
    assertEquals(List.of("m8r", "tools.zip"), job.program().archives().stream().map(ProgramSpec::localName).toList());
  }

  @Test
  void anArchiveMustBeOfAKindYarnUnpacks() {
    JobError e = errorAt(program(", 'archives': ['hdfs:///apps/m8r.rar#m8r']"), "program.archives[0]");
    assertTrue(e.message().contains("is not an archive YARN unpacks"), e.toString());
    assertTrue(e.message().contains("program.localize"), e.toString());
  }

  @Test
  void anArchiveNeedsAnAbsolutePathAndAFreeName() {
    assertTrue(errorAt(program(", 'archives': ['apps/m8r.tgz']"), "program.archives[0]").message()
        .contains("neither an absolute path nor a URI"));
    assertTrue(errorAt(program(", 'archives': ['/apps/m8r.tgz#logs']"), "program.archives[0]").message()
        .contains("the runner's own file"));
    JobError twice = errorAt(program(", 'localize': ['/apps/m8r'], 'archives': ['/apps/m8r.tgz#m8r']"),
        "program.archives[0]");
    assertTrue(twice.message().contains("like localize[0]"), twice.toString());
  }

  @Test
  void secretEnvironmentValuesAreShownAsStarsAndTheProgramGetsThemAsTheyAre() {
    JobSpec job = JobTexts.parse(program(", 'env': {'AWS_KEY': 'AKIA123', 'RSFROOT': '{{PWD}}/m8r'},"
        + " 'secretEnv': ['AWS_KEY']"));
    assertEquals(Map.of("AWS_KEY", "AKIA123", "RSFROOT", "{{PWD}}/m8r"), job.program().env());
    assertEquals(Map.of("AWS_KEY", ProgramSpec.HIDDEN, "RSFROOT", "{{PWD}}/m8r"), job.program().shownEnv());
  }

  @Test
  void aSecretEnvironmentNameMustBeAVariableOfTheJob() {
    JobError e = errorAt(program(", 'env': {'A': '1'}, 'secretEnv': ['AWS_KEY']"), "program.secretEnv[0]");
    assertTrue(e.message().contains("\"AWS_KEY\" is not a variable of program.env"), e.toString());
    assertTrue(e.message().contains("[A]"), e.toString());
  }

  @Test
  void aContainerNeedsAnImageAndWellFormedMounts() {
    assertTrue(errorAt(program(", 'container': {'mounts': []}"), "program.container.image").message()
        .contains("missing"));
    assertTrue(errorAt(program(", 'container': {'image': 'has space'}"), "program.container.image").message()
        .contains("is not a Docker image name"));
    assertTrue(errorAt(program(", 'container': {'image': 'x', 'mounts': ['rel:/b']}"),
        "program.container.mounts[0]").message().contains("is not a mount"));
    assertTrue(errorAt(program(", 'container': {'image': 'x', 'mounts': ['/a:/b:rx']}"),
        "program.container.mounts[0]").message().contains("mode ro or rw"));
    assertTrue(errorAt(program(", 'container': {'image': 'x', 'imag': 'y'}"), "program.container.imag").message()
        .contains("did you mean \"image\""));
  }

  @Test
  void mountsAreReadOnlyUnlessTheySayRw() {
    assertEquals("/opt/hadoop:/opt/hadoop:ro,/scratch:/scratch:rw",
        new ContainerImage("x", List.of("/opt/hadoop:/opt/hadoop", "/scratch:/scratch:rw")).yarnMounts());
  }

  @Test
  void resourceTypesAreNamedWithTheirPrefixAndWholeNumbers() {
    JobSpec job = JobTexts.parseWith("'resources': {'memory': '2g', 'vcores': 1, 'yarn.io/gpu': 1}");
    assertEquals(Map.of("yarn.io/gpu", 1L), job.resources().types());
    assertTrue(errorAt(JobTexts.withProgram("'resources': {'yarn.io/gpu': -1}"), "resources.yarn.io/gpu")
        .message().contains("at least 0"));
    assertTrue(errorAt(JobTexts.withProgram("'resources': {'yarn.io/gpu': 0.5}"), "resources.yarn.io/gpu")
        .message().contains("expected a whole number"));
    assertTrue(errorAt(JobTexts.withProgram("'resources': {'yarn.io/1gpu': 1}"), "resources.yarn.io/1gpu")
        .message().contains("not a resource type's name"));
    assertTrue(errorAt(JobTexts.withProgram("'resources': {'vcore': 1}"), "resources.vcore")
        .message().contains("did you mean \"vcores\""));
  }

  @Test
  void aclsTakeUsersGroupsAndEveryoneAndBecomeYarnsAclForm() {
    JobSpec job = JobTexts.parseWith("'acls': {'view': ['alice', 'bob', '@geophysics'], 'modify': []}");
    assertEquals("alice,bob geophysics", Acls.yarnAcl(job.acls().view()));
    assertEquals(" ", Acls.yarnAcl(job.acls().modify()), "nobody beyond the owner and the administrators");
    assertEquals("*", Acls.yarnAcl(List.of("*", "alice")));
    assertTrue(errorAt(JobTexts.withProgram("'acls': {'view': ['alice,bob']}"), "acls.view[0]").message()
        .contains("is not a user, \"@group\" or \"*\""));
    assertEquals(Acls.OWNER_ONLY, JobTexts.parseWith("").acls());
    assertFalse(JobTexts.parseWith("").toJson().contains("acls"), "left out when there are none");
  }

  @Test
  void aNodeLabelIsOneLabelNotAnExpression() {
    assertEquals(Optional.of("gpu"), JobTexts.parseWith("'nodeLabel': 'gpu'").nodeLabel());
    assertTrue(errorAt(JobTexts.withProgram("'nodeLabel': 'gpu && fast'"), "nodeLabel").message()
        .contains("YARN takes no label expressions"));
  }

  @Test
  void theFiveArgumentProgramAndTheNineteenComponentJobStillCompileAndMeanNone() {
    ProgramSpec p = new ProgramSpec(List.of("x"), List.of(), Map.of(), List.of(URI.create("/a/b")), List.of());
    assertEquals(List.of(), p.archives());
    assertEquals(Optional.empty(), p.container());
    JobSpec j = JobTexts.parseWith("");
    JobSpec again = new JobSpec(j.name(), j.queue(), j.priority(), j.program(), j.files(), j.tasks(), j.maxRunning(),
        j.resources(), j.maxAttempts(), j.taskTimeout(), j.heartbeatTimeout(), j.restart(), j.overwrite(), j.tags(),
        j.mergeTasks(), j.tasksPerContainer(), j.speculation(), j.stallTimeout(), j.allowForeignBinaries());
    assertEquals(j, again);
  }
}
