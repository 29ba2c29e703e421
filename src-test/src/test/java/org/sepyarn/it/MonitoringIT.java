package org.sepyarn.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.ContainerId;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.journal.JournalReader;
import org.sepyarn.am.schedule.TaskTransition;
import org.sepyarn.am.status.JobStatus;
import org.sepyarn.am.status.StatusCodec;
import org.sepyarn.am.status.TaskStatus;
import org.sepyarn.client.web.UrlConnectionWebClient;
import org.sepyarn.client.web.WebResponse;
import org.w3c.dom.Document;

/**
 * The ApplicationMaster's tracking page as users reach it, through the ResourceManager's web
 * proxy at the application's tracking URL, agrees with what the scheduler and YARN really do; a
 * failed job's final diagnostics say which task failed, why, and where its logs are.
 */
class MonitoringIT extends ClusterTestBase {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TASK_ROW = Pattern.compile("<tr class=\"([A-Z]+)\"><td class=\"num\">(\\d+)</td>");
  private static final UrlConnectionWebClient WEB = UrlConnectionWebClient.forCommands();

  @BeforeAll
  static void startClusters() throws Exception {
    startClusters(MonitoringIT.class, 2);
  }


  private static WebResponse get(String url) throws Exception {
    WebResponse response = WEB.get(URI.create(url));
    assertEquals(200, response.status(), url + " answered " + response.status() + ": " + response.excerpt());
    return response;
  }

  /** Waits until task 0 has succeeded and two others run with the progress they reported. */
  private static JobStatus awaitTwoRunningAtHalfway(ApplicationId id) throws Exception {
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline) {
      Optional<JobStatus> status = jobs.status(id);
      if (status.isPresent()) {
        List<TaskStatus> tasks = status.get().tasks();
        long running = tasks.stream().filter(t -> t.state().equals("RUNNING") && t.progress() == 0.5).count();
        if (running == 2 && tasks.get(0).state().equals("SUCCEEDED")) {
          return status.get();
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("task 0 did not succeed with two others running at 50% within 120 s: " + jobs.status(id));
  }

  private static Map<Integer, String> states(List<TaskStatus> tasks) {
    Map<Integer, String> states = new TreeMap<>();
    tasks.forEach(t -> states.put(t.index(), t.state()));
    return states;
  }

  @Test
  void theTrackingPageThroughTheProxyShowsEveryTaskAsTheSchedulerRunsIt() throws Exception {
    GatedProgram program = new GatedProgram(new File(local, "tracked"));
    ApplicationId id = jobs.submit(program.job("tracked", List.of("quick", "wait", "wait", "wait"),
        List.of("password=hunter2"), "\"maxRunning\": 2, ", "").replace("\"args\": [\"password=hunter2\"]",
        "\"args\": [\"password=hunter2\"], \"secretArgs\": [\"password\"]"), true);
    JobStatus file = awaitTwoRunningAtHalfway(id);
    Map<Integer, String> expected = states(file.tasks());
    assertEquals(Map.of("SUCCEEDED", 1L, "RUNNING", 2L, "WAITING", 1L), counts(expected), "maxRunning is 2");

    ApplicationReport report = jobs.yarn().getApplicationReport(id);
    URI tracking = URI.create(report.getTrackingUrl());
    assertEquals(conf.get(YarnConfiguration.RM_WEBAPP_ADDRESS), tracking.getHost() + ":" + tracking.getPort(),
        "the tracking URL is the ResourceManager's web proxy: " + tracking);
    assertEquals("/proxy/" + id + "/", tracking.getPath());

    WebResponse page = get(report.getTrackingUrl());
    assertTrue(page.contentType().startsWith("text/html"), page.contentType());
    Map<Integer, String> rows = new TreeMap<>();
    Matcher row = TASK_ROW.matcher(page.text());
    while (row.find()) {
      rows.put(Integer.parseInt(row.group(2)), row.group(1));
    }
    assertEquals(expected, rows, "the page's task table");

    assertTrue(page.text().contains("password=***") && !page.text().contains("hunter2"), "a secret argument");
    // Without the trailing slash the proxy serves the same page; its base keeps the links under /proxy/APPID/.
    String bare = report.getTrackingUrl().substring(0, report.getTrackingUrl().length() - 1);
    WebResponse barePage = get(bare);
    assertTrue(barePage.text().contains("<base href=\"/proxy/" + id + "/\">"), barePage.text());
    URI linked = URI.create(bare).resolve("/proxy/" + id + "/").resolve("api/job");
    assertEquals(id.toString(), JSON.readTree(get(linked.toString()).body()).get("application").asText(),
        "api/job as the page links it from " + bare);
    JsonNode job = JSON.readTree(get(report.getTrackingUrl() + "api/job").body());
    assertEquals(id.toString(), job.get("application").asText());
    assertTrue(job.get("argv").toString().contains("\"password=***\"") && !job.toString().contains("hunter2"),
        "a secret argument in /api/job: " + job.get("argv"));
    assertEquals("RUNNING", job.get("state").asText());
    Map<Integer, String> jobStates = new TreeMap<>();
    Set<String> runningContainers = new HashSet<>();
    for (JsonNode task : job.get("tasks")) {
      jobStates.put(task.get("index").asInt(), task.get("state").asText());
      if (task.get("state").asText().equals("RUNNING")) {
        runningContainers.add(task.get("container").asText());
        assertEquals(0.5, task.get("progress").asDouble(), "the progress the program reported: " + task);
      }
    }
    assertEquals(expected, jobStates, "/api/job agrees with status.json");
    assertEquals(1, job.get("counts").get("SUCCEEDED").asInt());
    assertEquals(2, job.get("counts").get("RUNNING").asInt());
    assertEquals(1, job.get("counts").get("WAITING").asInt());
    Set<String> yarnRunning = new HashSet<>();
    for (ContainerId c : Harm.runningTaskContainers(cluster.yarn().getResourceManager(), id)) {
      yarnRunning.add(c.toString());
    }
    assertEquals(yarnRunning, runningContainers, "the running tasks' containers are the ones YARN runs");
    Set<String> runningAttempts = new HashSet<>();
    job.get("attempts").forEach(a -> {
      if (!a.has("endedAt")) {
        runningAttempts.add(a.get("container").asText());
      }
    });
    assertEquals(yarnRunning, runningAttempts, "the attempts without an end are the running containers");

    JobStatus live = StatusCodec.read(get(report.getTrackingUrl() + "api/status").body());
    assertEquals(expected, states(live.tasks()), "/api/status agrees with status.json");

    JsonNode secondPage = JSON.readTree(get(report.getTrackingUrl() + "api/job?page=1&size=2").body());
    List<Integer> paged = new java.util.ArrayList<>();
    secondPage.get("tasks").forEach(t -> paged.add(t.get("index").asInt()));
    assertEquals(List.of(2, 3), paged, "page 1 of size 2 through the proxy: " + secondPage.get("listing"));
    assertEquals(4, secondPage.get("taskCount").asInt());
    assertEquals(2, secondPage.get("listing").get("pages").asInt());
    secondPage.get("attempts").forEach(a -> assertTrue(a.get("task").asInt() >= 2, "only the page's attempts: " + a));
    Map<Integer, String> runningOnly = new TreeMap<>(expected);
    runningOnly.values().removeIf(state -> !state.equals("RUNNING"));
    assertEquals(runningOnly, states(StatusCodec.read(get(report.getTrackingUrl() + "api/status?state=RUNNING")
        .body()).tasks()), "/api/status?state=RUNNING");
    assertEquals(Map.of(3, expected.get(3)), states(StatusCodec.read(get(report.getTrackingUrl()
        + "api/status?page=3&size=1").body()).tasks()), "page 3 of size 1 is task 3");
    JsonNode byState = JSON.readTree(get(report.getTrackingUrl() + "api/job?sort=state&size=2").body());
    assertEquals("state", byState.get("listing").get("sort").asText());
    byState.get("tasks").forEach(t -> assertEquals("RUNNING", t.get("state").asText(), "running first: " + t));
    WebResponse bad = WEB.get(URI.create(report.getTrackingUrl() + "api/status?size=0"));
    assertEquals(400, bad.status(), "a bad page size through the proxy: " + bad.excerpt());

    WebResponse svg = get(report.getTrackingUrl() + "timeline.svg");
    assertTrue(svg.contentType().startsWith("image/svg+xml"), svg.contentType());
    Document timeline = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.body()));
    assertEquals("svg", timeline.getDocumentElement().getTagName());

    directRequestsAreRefused(report);

    program.open();
    ApplicationReport end = jobs.waitForEnd(id);
    assertEquals(FinalApplicationStatus.SUCCEEDED, end.getFinalApplicationStatus(), end.getDiagnostics());
  }

  /**
   * The ApplicationMaster's own port answers nothing but the secret path the proxy was given:
   * without it, the page, its JSON and Hadoop's servlets are not found; Hadoop's servlets are not
   * found through the proxy either; and a caller from another address than the proxy's is sent
   * to the proxy even with the secret path.
   */
  private static void directRequestsAreRefused(ApplicationReport report) throws Exception {
    URI original = URI.create(report.getOriginalTrackingUrl());
    assertTrue(original.getPath().matches("/[0-9a-f]{32}/"), "the registered URL has a secret path: " + original);
    String root = original.getScheme() + "://" + original.getAuthority() + "/";
    for (String path : List.of("", "index.html", "api/job", "api/status", "timeline.svg", "conf", "jmx", "stacks",
        "logLevel", "logs/", "static/", "prom")) {
      WebResponse direct = WEB.get(URI.create(root + path));
      assertEquals(404, direct.status(), "direct " + root + path + ": " + direct.excerpt());
    }
    for (String path : List.of("conf", "jmx", "stacks")) {
      WebResponse proxied = WEB.get(URI.create(report.getTrackingUrl() + path));
      assertEquals(404, proxied.status(), "through the proxy: " + path + ": " + proxied.excerpt());
    }
    InetAddress am = InetAddress.getByName(original.getHost());
    if (am.isLoopbackAddress() && am instanceof java.net.Inet4Address) {
      try (Socket socket = new Socket(am, original.getPort(), InetAddress.getByName("127.0.0.2"), 0)) {
        socket.getOutputStream().write(("GET " + original.getPath() + "api/job HTTP/1.0\r\nHost: "
            + original.getAuthority() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        String head = new String(socket.getInputStream().readNBytes(2048), StandardCharsets.ISO_8859_1);
        assertTrue(head.startsWith("HTTP/1.1 302"), "a caller at 127.0.0.2 is redirected: " + head);
        assertTrue(head.contains("/proxy/redirect/" + report.getApplicationId() + "/api/job"), head);
        assertTrue(!head.contains("password"), head);
      }
    }
  }

  private static Map<String, Long> counts(Map<Integer, String> states) {
    Map<String, Long> counts = new TreeMap<>();
    states.values().forEach(s -> counts.merge(s, 1L, Long::sum));
    return counts;
  }

  @Test
  void aFailedJobsDiagnosticsNameTheTaskItsStderrTailAndHowToGetItsLogs() throws Exception {
    GatedProgram program = new GatedProgram(new File(local, "failing"));
    ApplicationId id = jobs.submit(program.job("failing", List.of("quick", "fail"), "\"maxAttempts\": 2, "), false);
    ApplicationReport report = jobs.waitForEnd(id);
    assertEquals(FinalApplicationStatus.FAILED, report.getFinalApplicationStatus());

    List<TaskTransition> journal = JournalReader.read(fs, jobs.work(id).journalFolder(), Integer.MAX_VALUE)
        .transitions();
    TaskTransition last = journal.stream().filter(t -> t.taskIndex() == 1).reduce((a, b) -> b).orElseThrow();
    assertEquals(2, last.attempt().number(), "task 1 ran twice");
    String diagnostics = report.getDiagnostics();
    assertTrue(diagnostics.startsWith("task 1 failed"), diagnostics);
    assertTrue(diagnostics.contains("giving up: task 1"), "the stderr tail: " + diagnostics);
    assertTrue(diagnostics.contains("yarn logs -applicationId " + id + " -containerId " + last.attempt().containerId()),
        "where the last attempt's logs are: " + diagnostics);
    String hint = "sepyarn logs " + id + " --task 1 --attempt 2";
    assertTrue(diagnostics.contains(hint), diagnostics);

    CliRun logs = CliRun.of(conf, hint.substring("sepyarn ".length()).split(" "));
    assertEquals(0, logs.exitCode(), logs.toString());
    assertEquals(GatedProgram.stderrLine("1") + "\ngiving up: task 1\n", logs.out(), "the hint gives the stderr");
  }
}
