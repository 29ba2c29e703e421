package org.sepyarn.formats.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every key a job description may have, each set to something other than its default. */
class JobSpecKeysTest {
  private static final String EVERY_KEY = "{"
      + "'version': 1,"
      + "'name': 'rtm-north',"
      + "'queue': 'root.seismic',"
      + "'priority': 5,"
      + "'program': {"
      + "  'command': ['./rtm', '--quiet'],"
      + "  'args': ['nz=200', 'dz=10'],"
      + "  'env': {'OMP_NUM_THREADS': '4', 'LANG': 'C'},"
      + "  'localize': ['hdfs:///apps/bin/rtm', 'hdfs:///apps/lib/libfft.so#fft.so'],"
      + "  'archives': ['hdfs:///apps/m8r-4.1.tgz#m8r'],"
      + "  'secretEnv': ['OMP_NUM_THREADS'],"
      + "  'container': {'image': 'registry.example.org/m8r:4.1', 'mounts': ['/scratch:/scratch:rw']}"
      + "},"
      + "'files': ["
      + "  {'tag': '<', 'path': 'hdfs:///data/shots.H', 'usage': 'input', 'distribute': {'split': {'axis': 3}}},"
      + "  {'tag': 'vel=', 'path': '/data/vel.H', 'usage': 'input', 'distribute': 'copy'},"
      + "  {'tag': 'refl=', 'path': '/data/refl.H', 'usage': 'input',"
      + "   'distribute': {'patch': {'axes': [1, 3], 'blocks': [2, 2], 'overlap': [5, 0]}}},"
      + "  {'tag': 'model=', 'path': '/data/model.H', 'usage': 'input',"
      + "   'distribute': {'patch': {'axes': [2], 'size': [40], 'count': [4]}}},"
      + "  {'tag': '>', 'path': 'hdfs:///data/image.H', 'usage': 'output', 'distribute': 'copy'}"
      + "],"
      + "'tasks': [['shot=1'], ['shot=2'], ['shot=3'], ['shot=4', 'verb=y']],"
      + "'maxRunning': 2,"
      + "'resources': {'memory': '6g', 'vcores': 4, 'yarn.io/gpu': 2},"
      + "'maxAttempts': 5,"
      + "'taskTimeout': '2h',"
      + "'heartbeatTimeout': '90s',"
      + "'restart': {'args': ['resume=1'], 'checkpointArg': 'ckpt'},"
      + "'overwrite': true,"
      + "'tags': ['survey:north', 'team=imaging'],"
      + "'mergeTasks': 4,"
      + "'tasksPerContainer': 8,"
      + "'speculation': {'multiplier': 2, 'minRuntime': '5m'},"
      + "'stallTimeout': '45m',"
      + "'allowForeignBinaries': true,"
      + "'acls': {'view': ['alice', '@geophysics'], 'modify': ['alice']},"
      + "'nodeLabel': 'gpu'"
      + "}";

  private final JobSpec spec = JobTexts.parse(EVERY_KEY);

  @Test
  void theTestJobSetsEveryTopLevelKey() {
    for (String key : JobJsonReader.KEYS) {
      if (key.equals("steps") || key.equals("convergence")) {
        continue; // a flow's keys, instead of "program" and "files": FlowJobTest and ConvergenceJobTest set them
      }
      assertTrue(JobTexts.json(EVERY_KEY).contains("\"" + key + "\""), key);
    }
  }

  @Test
  void jobSettingsAreRead() {
    assertEquals("rtm-north", spec.name());
    assertEquals("root.seismic", spec.queue());
    assertEquals(5, spec.priority());
    assertEquals(Optional.of(2), spec.maxRunning());
    assertEquals(new Resources(DataSize.ofMiB(6 * 1024), 4, Map.of("yarn.io/gpu", 2L)), spec.resources());
    assertEquals(5, spec.maxAttempts());
    assertEquals(Optional.of(Duration.ofHours(2)), spec.taskTimeout());
    assertEquals(Duration.ofSeconds(90), spec.heartbeatTimeout());
    assertEquals(new RestartPolicy(List.of("resume=1"), "ckpt"), spec.restart());
    assertTrue(spec.overwrite());
    assertEquals(List.of("survey:north", "team=imaging"), spec.tags());
    assertEquals(Optional.of(4), spec.mergeTasks());
    assertEquals(8, spec.tasksPerContainer());
    assertEquals(new Speculation(true, Speculation.DEFAULT_QUANTILE, 2, Duration.ofMinutes(5)), spec.speculation());
    assertEquals(Duration.ofMinutes(45), spec.stallTimeout());
    assertTrue(spec.allowForeignBinaries());
    assertEquals(new Acls(List.of("alice", "@geophysics"), List.of("alice")), spec.acls());
    assertEquals(Optional.of("gpu"), spec.nodeLabel());
  }

  @Test
  void programIsRead() {
    ProgramSpec program = spec.program();
    assertEquals(List.of("./rtm", "--quiet"), program.command());
    assertEquals(List.of("nz=200", "dz=10"), program.args());
    assertEquals(Map.of("OMP_NUM_THREADS", "4", "LANG", "C"), program.env());
    assertEquals(List.of(URI.create("hdfs:///apps/bin/rtm"), URI.create("hdfs:///apps/lib/libfft.so#fft.so")),
        program.localize());
    assertEquals("rtm", ProgramSpec.localName(program.localize().get(0)));
    assertEquals("fft.so", ProgramSpec.localName(program.localize().get(1)));
    assertEquals(List.of(URI.create("hdfs:///apps/m8r-4.1.tgz#m8r")), program.archives());
    assertEquals(List.of("OMP_NUM_THREADS"), program.secretEnv());
    assertEquals(Optional.of(new ContainerImage("registry.example.org/m8r:4.1", List.of("/scratch:/scratch:rw"))),
        program.container());
  }

  @Test
  void everyKindOfFileIsRead() {
    assertEquals(new FileSpec(FileTag.STDIN, "hdfs:///data/shots.H", Usage.INPUT, new Split(3)), spec.files().get(0));
    assertEquals(new FileSpec(FileTag.parameter("vel"), "/data/vel.H", Usage.INPUT, Copy.INSTANCE),
        spec.files().get(1));
    assertEquals(new BlockPatch(List.of(1, 3), List.of(2, 2), List.of(5, 0)), spec.files().get(2).distribute());
    assertEquals(new WindowPatch(List.of(2), List.of(40), List.of(4)), spec.files().get(3).distribute());
    assertEquals(new FileSpec(FileTag.STDOUT, "hdfs:///data/image.H", Usage.OUTPUT, Copy.INSTANCE),
        spec.files().get(4));
  }

  @Test
  void perTaskArgumentsAreEachTasksOwn() {
    assertEquals(4, spec.taskCount());
    assertEquals(List.of("shot=1"), spec.taskArgs(0));
    assertEquals(List.of("shot=4", "verb=y"), spec.taskArgs(3));
  }

  @Test
  void aBareNumberIsSecondsForADurationAndMibForASize() {
    JobSpec numbers = JobTexts.parseWith("'taskTimeout': 5400, 'heartbeatTimeout': 30, 'resources': {'memory': 2048}");
    assertEquals(Optional.of(Duration.ofMinutes(90)), numbers.taskTimeout());
    assertEquals(Duration.ofSeconds(30), numbers.heartbeatTimeout());
    assertEquals(DataSize.ofMiB(2048), numbers.resources().memory());
  }
}
