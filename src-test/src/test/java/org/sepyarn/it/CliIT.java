package org.sepyarn.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.geometry.Hypercube;

/**
 * The {@code sepyarn} command itself, run in this process against real clusters: submit, status,
 * logs and kill, on jobs that succeed, fail, run on and are killed, and on jobs that are invalid.
 */
class CliIT extends ClusterTestBase {
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void startClusters() throws Exception {
    startClusters(CliIT.class, 2);
    Hypercube cube = Hypercube.ofLengths(64, 12);
    Datasets.writeFloats(fs, "/cli/in.H", cube, Datasets.planeWaves(64, 12, 5));
    Datasets.writeFloats(fs, "/cli/existing.H", cube, Datasets.planeWaves(64, 12, 6));
  }


  private static CliRun sepyarn(String... args) {
    return CliRun.of(conf, args);
  }

  private static String jobFile(String name, String json) throws Exception {
    File file = new File(local, name + ".json");
    Files.writeString(file.toPath(), json);
    return file.getAbsolutePath();
  }

  private static String splitFiles(String input, String output) {
    return "{\"tag\": \"<\", \"path\": \"" + input + "\", \"usage\": \"input\", \"distribute\": {\"split\": {\"axis\": 2}}},"
        + "{\"tag\": \">\", \"path\": \"" + output + "\", \"usage\": \"output\", \"distribute\": {\"split\": {\"axis\": 2}}}";
  }

  private static ApplicationId detach(String jobFile, String... options) {
    List<String> args = new ArrayList<>(List.of("submit", "--detach"));
    args.addAll(List.of(options));
    args.add(jobFile);
    CliRun run = sepyarn(args.toArray(new String[0]));
    assertEquals(0, run.exitCode(), run.toString());
    return ApplicationId.fromString(run.out().strip());
  }

  private static JsonNode statusJson(ApplicationId id) throws Exception {
    CliRun run = sepyarn("status", id.toString(), "--json");
    assertEquals(0, run.exitCode(), run.toString());
    return JSON.readTree(run.out());
  }

  /** Polls {@code status --json} until {@code until} holds; returns that document. */
  private static JsonNode awaitStatus(ApplicationId id, Predicate<JsonNode> until) throws Exception {
    long deadline = System.currentTimeMillis() + 120_000;
    JsonNode doc = statusJson(id);
    while (!until.test(doc)) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("status of " + id + " did not come to pass within 120 s:\n" + doc.toPrettyString());
      }
      Thread.sleep(300);
      doc = statusJson(id);
    }
    return doc;
  }

  private static Map<Integer, String> taskStates(JsonNode doc) {
    Map<Integer, String> states = new TreeMap<>();
    doc.get("tasks").forEach(t -> states.put(t.get("index").asInt(), t.get("state").asText()));
    return states;
  }

  private static boolean running(JsonNode doc, int... tasks) {
    Map<Integer, String> states = taskStates(doc);
    for (int t : tasks) {
      if (!"RUNNING".equals(states.get(t))) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code yarn jar sepyarn.jar submit job.json} on a cluster: Hadoop's {@code RunJar} in a JVM
   * whose classpath is the cluster's configuration folder and Hadoop alone, so the shaded jar's
   * manifest, its bundled dependencies and its way of finding itself to stage are all proven.
   */
  @Test
  void yarnJarSubmitsAJobWithHadoopFromTheClusterAndEverythingElseFromSepyarnJar() throws Exception {
    String job = jobFile("yarn-jar", "{\"name\": \"yarn-jar\", \"program\": {\"command\": "
        + JobRunner.tool("scale") + ", \"args\": [\"scale=2\"]}, \"tasks\": 3, \"files\": ["
        + splitFiles("/cli/in.H", "/cli/yarn-jar.H") + "]}");
    File log = new File(local, "yarn-jar.log");
    Process yarnJar = HadoopClasspath.yarnJar(configurationFolder, List.of(), "submit", job)
        .redirectErrorStream(true).redirectOutput(log).start();
    boolean ended = yarnJar.waitFor(4, TimeUnit.MINUTES);
    if (!ended) {
      yarnJar.destroyForcibly();
    }
    String said = Files.readString(log.toPath());

    assertTrue(ended, "yarn jar did not end within 4 minutes:\n" + said);
    assertEquals(0, yarnJar.exitValue(), said);
    assertTrue(said.contains(" succeeded"), said);
    float[] input = Datasets.readFloats(conf, new Path("/cli/in.H"));
    float[] output = Datasets.readFloats(conf, new Path("/cli/yarn-jar.H"));
    assertEquals(input.length, output.length);
    for (int i = 0; i < input.length; i++) {
      assertEquals(2 * input[i], output[i], "sample " + i);
    }
  }

  /**
   * An input deleted between the client's checks and the ApplicationMaster's start (staged here
   * without the checks): every attempt crashes, and YARN's diagnostics say why, naming the file.
   */
  @Test
  void anInputGoneBeforeTheApplicationMasterStartedIsNamedInYarnsDiagnostics() throws Exception {
    GatedProgram program = new GatedProgram(new File(local, "vanished"));
    ApplicationId id = jobs.submit(program.job("vanished", List.of("quick", "quick"), List.of(), "",
        splitFiles("/cli/vanished.H", "/cli/vanished-out.H")), false);

    ApplicationReport report = jobs.waitForEnd(id);

    assertEquals(FinalApplicationStatus.FAILED, report.getFinalApplicationStatus(), report.getDiagnostics());
    assertTrue(report.getDiagnostics().contains("the sepyarn ApplicationMaster attempt failed"),
        report.getDiagnostics());
    assertTrue(report.getDiagnostics().contains("/cli/vanished.H"), report.getDiagnostics());
    assertFalse(fs.exists(new Path("/cli/vanished-out.H")), "no output");
  }

  @Test
  void aProgramThatFailsMakesSubmitExitOneNamingTheTaskAndItsStderrAndLeavesNoOutput() throws Exception {
    GatedProgram program = new GatedProgram(new File(local, "fails"));
    CliRun run = sepyarn("submit", jobFile("fails", program.job("fails", List.of("quick", "fail"), List.of("scale=2"),
        "\"maxAttempts\": 1, ", splitFiles("/cli/in.H", "/cli/fails.H"))));

    assertEquals(1, run.exitCode(), run.toString());
    String said = run.out() + run.err();
    assertTrue(said.contains("task 1"), "names the failing task:\n" + run);
    assertTrue(said.contains("giving up: task 1"), "shows the program's stderr tail:\n" + run);
    assertTrue(said.contains(GatedProgram.stderrLine("1")), "shows the program's stderr tail:\n" + run);
    assertEquals(1, said.split("giving up: task 1", -1).length - 1, "the diagnostics are printed once:\n" + run);
    assertFalse(fs.exists(new Path("/cli/fails.H")), "no final output");
    assertFalse(fs.exists(new Path("/cli/fails.H@")), "no final output binary");
    ApplicationId id = jobs.yarn().getApplications().stream().filter(a -> a.getName().equals("fails")).findFirst()
        .orElseThrow().getApplicationId();
    TrackingLink.assertLeadsToTheFinalReport(jobs.yarn().getApplicationReport(id), "FAILED");
    JsonNode status = statusJson(id);
    assertTrue(status.get("progress").asDouble() < 1, "a failed job is not 100% done: " + status.toPrettyString());
    assertFalse(taskStates(status).containsValue("RUNNING"), "no task runs in an ended job: " + status);
  }

  private static List<String> stagedFolders() throws Exception {
    Path staging = new Path(fs.getHomeDirectory(), ".sepyarn");
    List<String> names = new ArrayList<>();
    if (fs.exists(staging)) {
      for (FileStatus f : fs.listStatus(staging)) {
        names.add(f.getPath().getName());
      }
    }
    return names;
  }

  @Test
  void invalidJobsExitTwoNamingTheFieldAndNothingIsStagedOrSubmitted() throws Exception {
    GatedProgram program = new GatedProgram(new File(local, "invalid"));
    String patched = "{\"program\": {\"command\": [\"" + program.path() + "\"]}, \"files\": [{\"tag\": \"<\","
        + " \"path\": \"/cli/in.H\", \"usage\": \"input\", \"distribute\": {\"patch\": {\"blocks\": [1, 20],"
        + " \"overlap\": [0, 0]}}}]}";
    Map<String, String> invalid = new TreeMap<>(Map.of(
        "unknown-key", program.job("x", List.of("quick", "quick"), List.of(), "\"maxAtempts\": 2, ",
            splitFiles("/cli/in.H", "/cli/x.H")),
        "missing-input", program.job("x", List.of("quick", "quick"), List.of(), "",
            splitFiles("/cli/none.H", "/cli/x.H")),
        "axis-out-of-range", program.job("x", List.of("quick", "quick"), List.of(), "",
            splitFiles("/cli/in.H", "/cli/x.H").replace("\"axis\": 2}}},", "\"axis\": 3}}},")),
        "blocks-over-samples", patched,
        "output-exists", program.job("x", List.of("quick", "quick"), List.of(), "",
            splitFiles("/cli/in.H", "/cli/existing.H"))));
    invalid.put("output-folder-missing", program.job("x", List.of("quick", "quick"), List.of(), "",
        splitFiles("/cli/in.H", "/cli/nofolder/x.H")));
    invalid.put("output-under-a-file", program.job("x", List.of("quick", "quick"), List.of(), "",
        splitFiles("/cli/in.H", "/cli/in.H/x.H")));
    invalid.put("binary-part-missing", program.job("x", List.of("quick", "quick"), List.of(), "",
        splitFiles("/cli/parts.H", "/cli/x.H")));
    try (var out = fs.create(new Path("/cli/part1@"))) {
      out.write(new byte[64 * 6 * 4]);
    }
    try (var out = fs.create(new Path("/cli/parts.H"))) {
      out.write("n1=64 n2=12 esize=4 data_format=xdr_float in=\"/cli/part1@;/cli/part2@\"\n"
          .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    Map<String, String> field = Map.of(
        "unknown-key", "maxAtempts: unknown key",
        "missing-input", "files[0].path: input dataset",
        "axis-out-of-range", "files[0].distribute.split.axis: axis 3",
        "blocks-over-samples", "files[0].distribute.patch.blocks[1]: 20 blocks",
        "output-exists", "files[1].path: output",
        "output-folder-missing", "files[1].path: the folder",
        "output-under-a-file", "files[1].path: the folder of output",
        "binary-part-missing", "files[0].path: binary");
    List<String> stagedBefore = stagedFolders();
    int applicationsBefore = jobs.yarn().getApplications().size();

    for (Map.Entry<String, String> job : invalid.entrySet()) {
      String file = jobFile(job.getKey(), job.getValue());
      CliRun submit = sepyarn("submit", file);
      assertEquals(2, submit.exitCode(), job.getKey() + ":\n" + submit);
      assertTrue(submit.err().contains(field.get(job.getKey())), job.getKey() + " names "
          + field.get(job.getKey()) + ":\n" + submit);
      CliRun detached = sepyarn("submit", "--detach", file);
      assertEquals(2, detached.exitCode(), job.getKey() + " with --detach:\n" + detached);
      assertEquals("", detached.out(), "no application id is printed");
    }

    assertEquals(stagedBefore, stagedFolders(), "nothing was staged in ~/.sepyarn");
    assertEquals(applicationsBefore, jobs.yarn().getApplications().size(), "no application was submitted");
    assertFalse(fs.exists(new Path("/cli/x.H")));
    assertFalse(fs.exists(new Path("/cli/nofolder")), "no output folder was created");
  }

  /**
   * A program that is not there: its runners exit with "cannot start program" on both nodes, and
   * the job fails then, with what the runners said, instead of after every attempt of every task.
   */
  @Test
  void aProgramThatCannotStartFailsTheJobAfterItsSecondNodeWithTheRunnersMessage() throws Exception {
    String missing = new File(local, "not-installed/sfnothere").getAbsolutePath();
    CliRun run = sepyarn("submit", "--keep-work", jobFile("cannot-start", "{\"name\": \"cannot-start\","
        + " \"program\": {\"command\": [\"" + missing + "\"]}, \"tasks\": 4, \"maxAttempts\": 10, \"files\": ["
        + splitFiles("/cli/in.H", "/cli/cannot-start.H") + "]}"));

    assertEquals(1, run.exitCode(), run.toString());
    String said = run.out() + run.err();
    assertTrue(said.contains(missing), "the runner's message names the program:\n" + run);
    ApplicationId id = jobs.yarn().getApplications().stream()
        .filter(a -> a.getName().equals("cannot-start")).findFirst().orElseThrow().getApplicationId();
    int attempts = 0;
    for (int task = 0; task < 4; task++) {
      for (int attempt = 1; attempt <= 10; attempt++) {
        attempts += jobs.report(id, task, attempt).isPresent() ? 1 : 0;
      }
    }
    assertTrue(attempts >= 2 && attempts <= 8, "the job ended after the first failures, not after 40 attempts: "
        + attempts);
    assertFalse(fs.exists(new Path("/cli/cannot-start.H")), "no output");
  }

  /**
   * A program that folds its piece's split axis away (here {@code scale} told to read each
   * 64 x 4 piece as 256 x 1): the job succeeds, and its summary warns that the pieces have one
   * sample along the output's split axis, naming the axis the data probably moved to.
   */
  @Test
  void anOutputWhosePiecesLostTheSplitAxisSucceedsWithAWarningNamingTheProbableAxis() throws Exception {
    CliRun run = sepyarn("submit", jobFile("folded", "{\"name\": \"folded\", \"program\": {\"command\": "
        + JobRunner.tool("scale") + ", \"args\": [\"scale=1\", \"n1=256\", \"n2=1\"]}, \"tasks\": 3, \"files\": ["
        + splitFiles("/cli/in.H", "/cli/folded.H") + "]}"));

    assertEquals(0, run.exitCode(), run.toString());
    Hypercube merged = Datasets.cube(conf, new Path("/cli/folded.H"));
    assertEquals(List.of(256, 3), List.of(merged.axis(1).n(), merged.axis(2).n()));
    String warning = run.out().lines().filter(l -> l.startsWith("warning: files[1] (")).findFirst().orElse("");
    assertTrue(warning.contains("/cli/folded.H) is split along axis 2, but task 0's piece has n2=1"), run.toString());
    assertTrue(warning.endsWith("set files[1].distribute.split.axis to 1"), run.toString());
  }

  /**
   * Positional files: {@code cat axis=2 <piece of in.H> <piece of existing.H>}, each task joining
   * its two pieces; and the thread variables the program sees, from the task's vcores unless the
   * job sets them.
   */
  @Test
  void positionalFilesReachAnSfcatLikeProgramInOrderAndThreadVariablesFollowTheVcores() throws Exception {
    String files = "{\"tag\": \"@2\", \"path\": \"/cli/existing.H\", \"usage\": \"input\", \"distribute\":"
        + " {\"split\": {\"axis\": 2}}}, {\"tag\": \"@1\", \"path\": \"/cli/in.H\", \"usage\": \"input\","
        + " \"distribute\": {\"split\": {\"axis\": 2}}}, {\"tag\": \">\", \"path\": \"/cli/cat.H\", \"usage\":"
        + " \"output\", \"distribute\": {\"split\": {\"axis\": 2}}}";
    CliRun cat = sepyarn("submit", jobFile("cat", "{\"name\": \"cat\", \"program\": {\"command\": "
        + JobRunner.tool("cat") + ", \"args\": [\"axis=2\"]}, \"tasks\": 3, \"files\": [" + files + "]}"));
    assertEquals(0, cat.exitCode(), cat.toString());
    float[] a = Datasets.readFloats(conf, new Path("/cli/in.H"));
    float[] b = Datasets.readFloats(conf, new Path("/cli/existing.H"));
    float[] joined = Datasets.readFloats(conf, new Path("/cli/cat.H"));
    Hypercube joinedCube = Datasets.cube(conf, new Path("/cli/cat.H"));
    assertEquals(List.of(64, 24), List.of(joinedCube.axis(1).n(), joinedCube.axis(2).n()));
    for (int task = 0; task < 3; task++) {
      for (int row = 0; row < 4; row++) {
        for (int i = 0; i < 64; i++) {
          int in = (task * 4 + row) * 64 + i;
          assertEquals(a[in], joined[(task * 8 + row) * 64 + i], "task " + task + " row " + row + " of @1");
          assertEquals(b[in], joined[(task * 8 + 4 + row) * 64 + i], "task " + task + " row " + row + " of @2");
        }
      }
    }

    File seen = new File(local, "threads");
    seen.mkdirs();
    File script = new File(local, "threads.sh");
    Files.writeString(script.toPath(), "#!/bin/sh\necho \"$OMP_NUM_THREADS $OPENBLAS_NUM_THREADS $MKL_NUM_THREADS\" > '"
        + seen.getAbsolutePath() + "'/\"$1\"\n");
    assertTrue(script.setExecutable(true));
    CliRun threads = sepyarn("submit", jobFile("threads", "{\"name\": \"threads\", \"program\": {\"command\": [\""
        + script.getAbsolutePath() + "\"], \"env\": {\"MKL_NUM_THREADS\": \"5\"}}, \"tasks\": [[\"id=0\"], [\"id=1\"]],"
        + " \"resources\": {\"memory\": \"256m\", \"vcores\": 2}}"));
    assertEquals(0, threads.exitCode(), threads.toString());
    assertEquals("2 2 5\n", Files.readString(new File(seen, "id=0").toPath()));
    assertEquals("2 2 5\n", Files.readString(new File(seen, "id=1").toPath()));
  }

  @Test
  void aDetachedJobIsFollowedWithStatusAndItsTasksLogsAreRead() throws Exception {
    GatedProgram program = new GatedProgram(new File(local, "detached"));
    ApplicationId id = detach(jobFile("detached", program.job("detached", List.of("quick", "wait", "wait"), "")),
        "--keep-work");
    assertEquals(YarnApplicationState.RUNNING, awaitRunningApplication(id));

    JsonNode live = awaitStatus(id, doc -> running(doc, 1, 2) && "SUCCEEDED".equals(taskStates(doc).get(0)));
    assertEquals(id.toString(), live.get("application").asText());
    assertEquals("RUNNING", live.get("state").asText());
    assertEquals("UNDEFINED", live.get("finalStatus").asText());
    assertEquals("tracking-page", live.get("tasksFrom").asText(), live.toPrettyString());
    assertEquals(Map.of(0, "SUCCEEDED", 1, "RUNNING", 2, "RUNNING"), taskStates(live));
    assertEquals("RUNNING", live.get("job").get("state").asText());
    CliRun text = sepyarn("status", id.toString());
    assertEquals(0, text.exitCode(), text.toString());
    assertTrue(text.out().contains("tasks from the ApplicationMaster (live)"), text.toString());

    CliRun stderr = sepyarn("logs", id.toString(), "--task", "0");
    assertEquals(0, stderr.exitCode(), stderr.toString());
    assertEquals(GatedProgram.stderrLine("0") + "\n", stderr.out(), "task 0's program stderr, exactly");
    CliRun runningStderr = sepyarn("logs", id.toString(), "--task", "2");
    assertEquals(0, runningStderr.exitCode(), runningStderr.toString());
    assertEquals(GatedProgram.stderrLine("2") + "\n", runningStderr.out(), "a running task's stderr so far");

    CliRun list = sepyarn("logs", id.toString());
    assertEquals(0, list.exitCode(), list.toString());
    for (JsonNode task : live.get("tasks")) {
      assertTrue(list.out().contains(task.get("container").asText()), "lists the container of task "
          + task.get("index") + ":\n" + list);
      assertTrue(list.out().contains("sepyarn logs " + id + " --task " + task.get("index").asInt()), list.toString());
    }
    assertEquals(2, sepyarn("logs", id.toString(), "--task", "3").exitCode(), "no task 3");
    assertEquals(2, sepyarn("logs", id.toString(), "--task", "0", "--attempt", "2").exitCode(), "no attempt 2");
    CliRun noFile = sepyarn("logs", id.toString(), "--task", "0", "--file", "program.stdout.gz");
    assertEquals(1, noFile.exitCode(), noFile.toString());
    assertTrue(noFile.err().contains("has no log file program.stdout.gz"), noFile.toString());
    assertTrue(noFile.err().contains("program.stderr"), "names the files there are:\n" + noFile);

    java.util.concurrent.CompletableFuture<CliRun> follow = java.util.concurrent.CompletableFuture.supplyAsync(
        () -> sepyarn("status", id.toString(), "--follow"));
    Thread.sleep(3_000);
    assertFalse(follow.isDone(), "status --follow stays with the running job: " + (follow.isDone() ? follow.join()
        : ""));
    program.open();
    CliRun followed = follow.get(120, TimeUnit.SECONDS);
    assertEquals(0, followed.exitCode(), followed.toString());
    assertTrue(followed.out().contains("job " + id + " succeeded"), followed.toString());
    assertTrue(followed.err().contains("3/3 done"), "the live display:\n"
        + followed);
    ApplicationReport report = jobs.waitForEnd(id);
    assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus(), report.getDiagnostics());
    CliRun amLog = sepyarn("logs", id.toString(), "--am");
    assertEquals(0, amLog.exitCode(), amLog.toString());
    assertTrue(amLog.out().contains("job detached (" + id + ")"), "the ApplicationMaster's log:\n" + amLog);
    CliRun amStdout = sepyarn("logs", id.toString(), "--am", "--file", "am.stdout");
    assertEquals(0, amStdout.exitCode(), amStdout.toString());
    assertEquals("", amStdout.out());
    assertTrue(amStdout.err().contains("am.stdout of the ApplicationMaster's attempt is empty"), amStdout.toString());
    assertEquals(2, sepyarn("logs", id.toString(), "--am", "--attempt", "3").exitCode(), "no third AM attempt");
    JsonNode after = statusJson(id);
    assertEquals("FINISHED", after.get("state").asText());
    assertEquals("SUCCEEDED", after.get("finalStatus").asText());
    assertEquals("status.json", after.get("tasksFrom").asText(), after.toPrettyString());
    assertEquals("SUCCEEDED", after.get("job").get("state").asText());
    assertEquals(Map.of(0, "SUCCEEDED", 1, "SUCCEEDED", 2, "SUCCEEDED"), taskStates(after));
    CliRun ended = sepyarn("logs", id.toString(), "--task", "1");
    assertEquals(0, ended.exitCode(), ended.toString());
    assertEquals(GatedProgram.stderrLine("1") + "\n", ended.out());
  }

  private static YarnApplicationState awaitRunningApplication(ApplicationId id) throws Exception {
    long deadline = System.currentTimeMillis() + 60_000;
    YarnApplicationState state = jobs.yarn().getApplicationReport(id).getYarnApplicationState();
    while (state != YarnApplicationState.RUNNING && System.currentTimeMillis() < deadline) {
      Thread.sleep(200);
      state = jobs.yarn().getApplicationReport(id).getYarnApplicationState();
    }
    return state;
  }

  /** With three tasks to a container, each task's program stderr is its own, and logs finds it. */
  @Test
  void logsShowsEachTasksOwnStderrWhenAContainerRanSeveralTasks() throws Exception {
    GatedProgram program = new GatedProgram(new File(local, "reused"));
    CliRun submit = sepyarn("submit", "--keep-work", jobFile("reused", program.job("reused",
        List.of("quick", "quick", "quick"), List.of("scale=2"), "\"tasksPerContainer\": 3, ",
        splitFiles("/cli/in.H", "/cli/reused.H"))));
    assertEquals(0, submit.exitCode(), submit.toString());
    ApplicationId id = jobs.yarn().getApplications().stream()
        .filter(a -> a.getName().equals("reused")).findFirst().orElseThrow().getApplicationId();

    java.util.Set<String> containers = new java.util.HashSet<>();
    for (JsonNode task : statusJson(id).get("tasks")) {
      containers.add(task.get("container").asText());
    }
    assertEquals(1, containers.size(), "three tasks in one container: " + containers);
    for (int task = 0; task < 3; task++) {
      CliRun logs = sepyarn("logs", id.toString(), "--task", Integer.toString(task));
      assertEquals(0, logs.exitCode(), logs.toString());
      assertEquals(GatedProgram.stderrLine(Integer.toString(task)) + "\n", logs.out(), "task " + task);
    }
  }

  /**
   * Without --keep-work the work folder goes after a success, but the job's history record stays:
   * status and logs read it, and the tracking link leads to YARN's page of the application.
   */
  @Test
  void aSucceededJobWithoutKeepWorkIsShownFromItsHistoryRecordAndItsTrackingLinkStillAnswers() throws Exception {
    GatedProgram program = new GatedProgram(new File(local, "no-keep"));
    CliRun submit = sepyarn("submit", jobFile("no-keep", program.job("no-keep", List.of("quick"), "")));
    assertEquals(0, submit.exitCode(), submit.toString());
    ApplicationId id = jobs.yarn().getApplications().stream()
        .filter(a -> a.getName().equals("no-keep")).findFirst().orElseThrow().getApplicationId();
    assertTrue(submit.err().contains("tracking page: http://") && submit.err().contains("/proxy/" + id),
        "submit shows the tracking link while the job runs:\n" + submit);
    Path record = new Path(new Path(fs.getHomeDirectory(), ".sepyarn/history"), id.toString());
    assertFalse(fs.exists(new Path(new Path(fs.getHomeDirectory(), ".sepyarn"), id.toString())), "work folder gone");
    assertTrue(fs.exists(new Path(record, "index.html")), "the final page is kept in " + record);
    assertTrue(fs.exists(new Path(record, "timeline.svg")), "the timeline is kept in " + record);

    JsonNode status = statusJson(id);
    assertEquals("FINISHED", status.get("state").asText());
    assertEquals("SUCCEEDED", status.get("finalStatus").asText());
    assertEquals("status.json", status.get("tasksFrom").asText(), status.toPrettyString());
    assertEquals(Map.of(0, "SUCCEEDED"), taskStates(status));
    assertEquals("SUCCEEDED", status.get("job").get("state").asText());
    assertTrue(status.get("diagnostics").asText().contains("history record: " + fs.makeQualified(record)),
        status.toPrettyString());
    CliRun text = sepyarn("status", id.toString());
    assertTrue(text.out().contains("  history      " + fs.makeQualified(record)), text.toString());
    CliRun logs = sepyarn("logs", id.toString(), "--task", "0");
    assertEquals(0, logs.exitCode(), logs.toString());
    assertEquals(GatedProgram.stderrLine("0") + "\n", logs.out(), "task 0's program stderr");
    CliRun list = sepyarn("logs", id.toString());
    assertEquals(0, list.exitCode(), list.toString());
    assertTrue(list.out().contains("sepyarn logs " + id + " --task 0"), list.toString());

    TrackingLink.assertLeadsToTheFinalReport(jobs.yarn().getApplicationReport(id), "SUCCEEDED");
  }

  /** An input named by a file: URI (a dataset every node sees on its own disk) is read, not refused as a wrong FS. */
  @Test
  void anInputGivenAsAFileUriIsReadByEveryTask() throws Exception {
    File folder = new File(local, "file-input");
    assertTrue(folder.mkdirs() || folder.isDirectory());
    Hypercube cube = Hypercube.ofLengths(64, 12);
    String input = new File(folder, "in.H").getAbsolutePath();
    Datasets.writeFloats(org.apache.hadoop.fs.FileSystem.getLocal(conf), input, cube, Datasets.planeWaves(64, 12, 5));
    GatedProgram program = new GatedProgram(new File(local, "from-file"));
    CliRun run = sepyarn("submit", jobFile("from-file", program.job("from-file", List.of("quick", "quick"),
        List.of("scale=2"), "", splitFiles("file:" + input, "/cli/from-file.H"))));
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(fs.exists(new Path("/cli/from-file.H")), "the output is merged:\n" + run);
  }

  /** Without a ResourceManager to ask, the commands that only ask fail within seconds, saying where they looked. */
  @Test
  void commandsWithoutAReachableResourceManagerExitTwoWithinSecondsNamingTheAddress() throws Exception {
    int port;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      port = free.getLocalPort();
    }
    String address = "127.0.0.1:" + port;
    for (String command : List.of("status", "logs", "kill", "resume")) {
      long started = System.nanoTime();
      CliRun run = sepyarn("-D", "yarn.resourcemanager.address=" + address, command, "application_1700000000000_0001");
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
      assertEquals(2, run.exitCode(), command + ": " + run);
      assertTrue(run.err().contains("cannot reach the ResourceManager at " + address), command + ": " + run);
      assertTrue(run.err().contains("HADOOP_CONF_DIR") && run.err().contains("-conf"), command + ": " + run);
      assertTrue(seconds < 20, command + " took " + seconds + " s");
    }
  }

  @Test
  void killStopsARunningJobAndItsOutputDoesNotExist() throws Exception {
    GatedProgram program = new GatedProgram(new File(local, "killed"));
    ApplicationId id = detach(jobFile("killed", program.job("killed", List.of("wait", "wait"), List.of("scale=2"), "",
        splitFiles("/cli/in.H", "/cli/killed.H"))));
    awaitStatus(id, doc -> running(doc, 0, 1));
    CliRun one = sepyarn("status", id.toString(), "--task", "1", "--json");
    assertEquals(0, one.exitCode(), one.toString());
    JsonNode task1 = JSON.readTree(one.out());
    assertEquals("tracking-page", task1.get("tasksFrom").asText(), task1.toPrettyString());
    assertEquals(1, task1.get("tasks").size(), task1.toPrettyString());
    assertEquals(1, task1.get("tasks").get(0).get("index").asInt());
    assertEquals(2, task1.get("job").get("taskCount").asInt());
    CliRun badState = sepyarn("status", id.toString(), "--state", "DONE");
    assertEquals(2, badState.exitCode(), badState.toString());
    CliRun second = sepyarn("submit", "--detach", jobFile("killed-twin", program.job("killed-twin",
        List.of("quick"), List.of("scale=2"), "", splitFiles("/cli/in.H", "/cli/killed.H"))));
    assertEquals(2, second.exitCode(), "a second job on the same output is refused: " + second);
    assertTrue(second.err().contains("files[1].path: output") && second.err().contains("is being written by"
        + " application " + id), second.toString());
    assertTrue(second.err().contains("sepyarn kill " + id), second.toString());
    assertEquals(1, jobs.yarn().getApplications().stream().filter(a -> a.getName().startsWith("killed")).count(),
        "the second job was never submitted");

    // A killed AM writes nothing more: what its work folder's status.json says last is what the
    // killed job shows. It is written every 2 s, off the AM's event loop: wait until it has the
    // tasks running, as the tracking page already said.
    long written = System.currentTimeMillis() + 60_000;
    while (!jobs.status(id).map(s -> s.tasks().stream().filter(t -> "RUNNING".equals(t.state())).count() == 2)
        .orElse(false)) {
      assertTrue(System.currentTimeMillis() < written, "status.json never showed both tasks running: "
          + jobs.status(id));
      Thread.sleep(200);
    }
    CliRun kill = sepyarn("kill", id.toString());
    assertEquals(0, kill.exitCode(), kill.toString());
    ApplicationReport report = jobs.waitForEnd(id);
    assertEquals(YarnApplicationState.KILLED, report.getYarnApplicationState());
    JsonNode killedStatus = statusJson(id);
    assertEquals("KILLED", killedStatus.get("state").asText());
    assertEquals(Map.of(0, "KILLED", 1, "KILLED"), taskStates(killedStatus), "no task runs in a killed job");
    assertEquals("KILLED", killedStatus.get("job").get("state").asText(), killedStatus.toPrettyString());
    long deadline = System.currentTimeMillis() + 30_000;
    while (!Harm.processesWith(program.path()).isEmpty() && System.currentTimeMillis() < deadline) {
      Thread.sleep(200);
    }
    assertEquals(List.of(), Harm.processesWith(program.path()), "the tasks' programs were stopped");
    program.open();
    assertFalse(fs.exists(new Path("/cli/killed.H")), "no final output");
    assertFalse(fs.exists(new Path("/cli/killed.H@")), "no final output binary");

    CliRun after = sepyarn("submit", jobFile("killed-after", program.job("killed-after", List.of("quick"),
        List.of("scale=2"), "", splitFiles("/cli/in.H", "/cli/killed.H"))));
    assertEquals(0, after.exitCode(), "the killed job's reservation is stale and taken over: " + after);
    assertTrue(fs.exists(new Path("/cli/killed.H")));
    assertFalse(fs.exists(new Path("/cli/.killed.H.sepyarn.reservation")), "released at the job's end");
  }
}
