package org.sepyarn.am.yarn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.security.Credentials;
import org.apache.hadoop.yarn.api.records.ContainerLaunchContext;
import org.apache.hadoop.yarn.api.records.LocalResource;
import org.apache.hadoop.yarn.api.records.LocalResourceType;
import org.apache.hadoop.yarn.api.records.LocalResourceVisibility;
import org.apache.hadoop.yarn.api.records.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.job.ContainerImage;
import org.sepyarn.formats.job.DataSize;
import org.sepyarn.formats.job.ProgramSpec;
import org.sepyarn.formats.job.Resources;
import org.sepyarn.runner.spec.PlanIndex;
import org.sepyarn.runner.spec.WorkLayout;

/**
 * The launch contexts the ApplicationMaster builds for runners: archives as ARCHIVE resources with
 * the right visibility, the Docker runtime's variables on task containers only, and the capability
 * with the job's other resource types. On the local file system; the cluster's Docker runtime
 * cannot run here, so this is as far as {@code program.container} is tested.
 */
class RunnerLaunchContextsTest {
  private Path base;
  private WorkLayout work;
  private final Configuration conf = new Configuration();

  @BeforeEach
  void workFolder() throws Exception {
    // Under target/, whose folders up to / everyone may search, so that visibility depends on the test's own.
    base = Files.createTempDirectory(new File("target").getAbsoluteFile().toPath(), "launch");
    Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path root = Files.createDirectories(base.resolve("work"));
    work = new WorkLayout(new org.apache.hadoop.fs.Path(root.toUri()));
    Files.write(Path.of(work.jar().toUri()), new byte[] {1});
  }

  @AfterEach
  void clean() {
    FileUtil.fullyDelete(base.toFile());
  }

  private Path file(String folder, String folderMode, String name, String mode) throws Exception {
    Path dir = Files.createDirectories(base.resolve(folder));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString(folderMode));
    Path f = Files.write(dir.resolve(name), new byte[] {31, -117});
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(mode));
    return f;
  }

  private RunnerLaunchContexts prepare(ProgramSpec program) throws Exception {
    return RunnerLaunchContexts.prepare(conf, work, new PlanIndex(new long[] {0, 10, 20}), program, new Credentials());
  }

  private static ProgramSpec program(List<URI> archives, Optional<ContainerImage> container) {
    return new ProgramSpec(List.of("m8r/bin/sfsmooth"), List.of(), Map.of("RSFROOT", "{{PWD}}/m8r"), List.of(),
        List.of(), archives, List.of(), container);
  }

  @Test
  void anArchiveIsUnpackedUnderItsNamePublicWhenEveryoneMayReadItElsePrivate() throws Exception {
    Path shared = file("apps", "rwxr-xr-x", "m8r-4.1.tgz", "rw-r--r--");
    Path own = file("mine", "rwx------", "tools.zip", "rw-r--r--");
    ContainerLaunchContext c = prepare(program(List.of(URI.create(shared.toUri() + "#m8r"), own.toUri()),
        Optional.empty())).forAttempt(1, 0);

    LocalResource m8r = c.getLocalResources().get("m8r");
    assertEquals(LocalResourceType.ARCHIVE, m8r.getType());
    assertEquals(LocalResourceVisibility.PUBLIC, m8r.getVisibility());
    assertEquals(Files.size(shared), m8r.getSize());
    LocalResource tools = c.getLocalResources().get("tools.zip");
    assertEquals(LocalResourceType.ARCHIVE, tools.getType());
    assertEquals(LocalResourceVisibility.PRIVATE, tools.getVisibility(), "its folder is the user's own");
    assertEquals(LocalResourceType.FILE, c.getLocalResources().get(WorkLayout.JAR).getType());
    assertFalse(c.getEnvironment().containsKey("RSFROOT"), "the program's environment goes through the plan");
  }

  @Test
  void aFileOnlyItsOwnerMayReadIsPrivate() throws Exception {
    Path secret = file("apps2", "rwxr-xr-x", "m8r.tgz", "rw-------");
    ContainerLaunchContext c = prepare(program(List.of(secret.toUri()), Optional.empty())).forAttempt(0, 0);
    assertEquals(LocalResourceVisibility.PRIVATE, c.getLocalResources().get("m8r.tgz").getVisibility());
  }

  @Test
  void aTaskRunsInTheProgramsDockerImageWithItsMountsAndAMergeTaskDoesNot() throws Exception {
    RunnerLaunchContexts contexts = prepare(program(List.of(), Optional.of(new ContainerImage(
        "registry.example.org/m8r:4.1", List.of("/opt/hadoop:/opt/hadoop", "/scratch:/scratch:rw")))));

    Map<String, String> env = contexts.forAttempt(1, 1).getEnvironment();
    assertEquals("docker", env.get("YARN_CONTAINER_RUNTIME_TYPE"));
    assertEquals("registry.example.org/m8r:4.1", env.get("YARN_CONTAINER_RUNTIME_DOCKER_IMAGE"));
    assertEquals("/opt/hadoop:/opt/hadoop:ro,/scratch:/scratch:rw", env.get("YARN_CONTAINER_RUNTIME_DOCKER_MOUNTS"));
    assertTrue(env.containsKey("CLASSPATH"), "the runner's own settings stay");
    assertFalse(contexts.forMerge(0, 0).getEnvironment().containsKey("YARN_CONTAINER_RUNTIME_TYPE"),
        "a merge task runs no program");
    String command = contexts.forAttempt(1, 1).getCommands().get(0);
    assertFalse(command.contains("registry.example.org"), "nothing of the job's reaches the command line");
  }

  @Test
  void withoutAContainerTheClustersDefaultRuntimeRunsTheTask() throws Exception {
    Map<String, String> env = prepare(program(List.of(), Optional.empty())).forAttempt(0, 0).getEnvironment();
    assertFalse(env.keySet().stream().anyMatch(k -> k.startsWith("YARN_CONTAINER_RUNTIME")), env.toString());
  }

  @Test
  void aResourceTypeTheClusterDefinesIsAskedForAndAnUnknownOneIsNamed() {
    Resource plain = TaskCapability.of(new Resources(DataSize.ofMiB(2048), 2));
    assertEquals(Resource.newInstance(2048, 2), plain);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TaskCapability.of(new Resources(DataSize.ofMiB(2048), 2, Map.of("yarn.io/gpu", 1L))));
    assertTrue(e.getMessage().startsWith("resources.yarn.io/gpu: the cluster defines no resource type yarn.io/gpu"),
        e.getMessage());
  }
}
