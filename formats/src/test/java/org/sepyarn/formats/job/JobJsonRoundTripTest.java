package org.sepyarn.formats.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sepyarn.formats.job.JobTexts.file;
import static org.sepyarn.formats.job.JobTexts.withFiles;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The canonical JSON a client stages for the ApplicationMaster parses back to the same job. */
class JobJsonRoundTripTest {
  private static void assertRoundTrips(JobSpec spec) {
    String json = spec.toJson();
    JobSpec again = JobSpec.parse(json, "staged job.json");
    assertEquals(spec, again);
    assertEquals(json, again.toJson());
  }

  @Test
  void aJobMovedToQualifiedPathsKeepsEverythingElseAndRoundTrips() {
    JobSpec job = JobTexts.parse(withFiles(
        file("<", "/d/in.H", "input", "{'split': {'axis': 2}}") + ","
        + file(">", "/user/me/out.H", "output", "{'split': {'axis': 2}}"), "'tasks': 4, 'name': 'moved', 'maxAttempts': 5"));

    JobSpec moved = job.withFilePaths(List.of("hdfs://nn:8020/d/in.H", "hdfs://nn:8020/user/me/out.H"));

    assertEquals(List.of("hdfs://nn:8020/d/in.H", "hdfs://nn:8020/user/me/out.H"),
        moved.files().stream().map(FileSpec::path).toList());
    assertEquals(job.withFilePaths(List.of("/d/in.H", "/user/me/out.H")), job);
    assertEquals(job.files().get(1).distribute(), moved.files().get(1).distribute());
    assertEquals(List.of(job.name(), job.taskCount(), job.maxAttempts()),
        List.of(moved.name(), moved.taskCount(), moved.maxAttempts()));
    assertRoundTrips(moved);
    assertThrows(IllegalArgumentException.class, () -> job.withFilePaths(List.of("/d/in.H")));
  }

  @Test
  void aMinimalJobRoundTrips() {
    assertRoundTrips(JobTexts.parse("{'program': {'command': ['x']}, 'tasks': 3}"));
  }

  @Test
  void aJobWithEveryKindOfFileAndSettingRoundTrips() {
    assertRoundTrips(JobTexts.parse(withFiles(
        file("<", "hdfs:///d/in.H", "input", "{'split': {'axis': 3}}") + ","
        + file("a=", "/d/a.H", "input", "{'patch': {'axes': [2, 3], 'blocks': [2, 2], 'overlap': [4, 0]}}") + ","
        + file("b=", "/d/b.H", "input", "{'patch': {'size': [50, 40], 'count': [2, 2]}}") + ","
        + file(">", "/d/out.H", "output", "'copy'"),
        "'tasks': [['s=1'], ['s=2'], [], ['s=4', 'v=1']], 'name': 'rt', 'queue': 'q', 'priority': 2, 'maxRunning': 3,"
        + " 'resources': {'memory': 1536, 'vcores': 2}, 'maxAttempts': 7, 'taskTimeout': 5400,"
        + " 'heartbeatTimeout': '2m', 'restart': {'args': [], 'checkpointArg': 'ck'}, 'overwrite': true,"
        + " 'tags': ['t1', 't2'], 'mergeTasks': 4, 'tasksPerContainer': 5,"
        + " 'stallTimeout': 'off'")));
  }

  @Test
  void aJobWithArchivesSecretEnvAContainerResourceTypesAclsAndANodeLabelRoundTrips() {
    assertRoundTrips(JobTexts.parse("{'program': {'command': ['m8r/bin/sfsmooth'], 'env': {'RSFROOT':"
        + " '{{PWD}}/m8r', 'AWS_KEY': 'k'}, 'archives': ['hdfs:///apps/m8r.tgz#m8r', '/apps/tools.zip'],"
        + " 'secretEnv': ['AWS_KEY'], 'container': {'image': 'library/ubuntu:22.04', 'mounts': ['/a:/b']}},"
        + " 'tasks': 2, 'resources': {'memory': '2g', 'vcores': 1, 'yarn.io/gpu': 1, 'example.com/fpga': 0},"
        + " 'acls': {'view': ['*'], 'modify': ['@ops']}, 'nodeLabel': 'gpu'}"));
  }

  @Test
  void aStallTimeoutRoundTripsAndOffIsWrittenOff() {
    JobSpec off = JobTexts.parse("{'program': {'command': ['x']}, 'tasks': 3, 'stallTimeout': 0}");
    assertTrue(off.toJson().contains("\"stallTimeout\": \"off\""), off.toJson());
    assertRoundTrips(off);
    assertRoundTrips(JobTexts.parse("{'program': {'command': ['x']}, 'tasks': 3, 'stallTimeout': '90s'}"));
  }

  @Test
  void aPatchedOutputWithAHaloRoundTripsAndAnInputWithoutOneCutsLikeIt() {
    JobSpec spec = JobTexts.parse(withFiles(
        file("<", "/d/in.H", "input", "{'patch': {'blocks': [2, 3], 'overlap': [6, 6]}}") + ","
        + file(">", "/d/out.H", "output", "{'patch': {'blocks': [2, 3], 'overlap': [6, 6], 'halo': [2, 2]}}"), ""));
    assertRoundTrips(spec);
    assertTrue(spec.toJson().contains("\"halo\""), spec.toJson());
    Patching in = (Patching) spec.files().get(0).distribute();
    Patching out = (Patching) spec.files().get(1).distribute();
    assertTrue(in.sameCutAs(out) && out.sameCutAs(in));
    assertEquals(List.of(0, 2, 2), List.of(out.haloOn(3), out.haloOn(1), out.haloOn(2)));
  }

  @Test
  void theCanonicalFormWritesEveryDefaultAndTheSettledTasks() {
    JobSpec spec = JobTexts.parse(withFiles(file("<", "/d/in.H", "input", "{'patch': {'blocks': [3, 2]}}"), ""));
    String json = spec.toJson();
    for (String expected : List.of("\"version\": 1", "\"name\": \"sfsmooth\"", "\"queue\": \"default\"",
        "\"priority\": 0", "\"tasks\": 6", "\"memory\": \"1g\"", "\"vcores\": 1", "\"maxAttempts\": 3",
        "\"heartbeatTimeout\": \"1m\"", "\"checkpointArg\": \"checkpoint\"", "\"overwrite\": false",
        "\"axes\": [ 1, 2 ]", "\"overlap\": [ 0, 0 ]", "\"tasksPerContainer\": 1", "\"stallTimeout\": \"30m\"")) {
      assertTrue(json.contains(expected), () -> expected + " not in " + json);
    }
    assertTrue(!json.contains("taskTimeout") && !json.contains("maxRunning") && !json.contains("mergeTasks"), json);
    assertRoundTrips(spec);
  }
}
