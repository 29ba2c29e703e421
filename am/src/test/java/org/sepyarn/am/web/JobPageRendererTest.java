package org.sepyarn.am.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.schedule.ExitReason;
import org.sepyarn.am.schedule.TaskState;

class JobPageRendererTest {
  private static final Pattern LINK = Pattern.compile("(?:href|src|action)\\s*=\\s*\"([^\"]*)\"");

  @Test
  void aJobOfManyTasksListsABoundedPageWithTheFailedAndRunningOnesAndCountsThemAll() {
    int n = org.sepyarn.am.status.TaskListing.LIMIT + 300;
    List<TaskRow> tasks = new java.util.ArrayList<>();
    List<AttemptRow> attempts = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (i == n - 1) {
        AttemptRow failed = Views.ended(i, 1, "n:1", 0, 1_000, ExitReason.PROGRAM_FAILED, "boom");
        attempts.add(failed);
        tasks.add(Views.task(i, TaskState.FAILED, failed, 5_000));
      } else {
        tasks.add(Views.waiting(i));
      }
    }
    JobView view = Views.view("big", JobPhase.RUNNING, tasks, attempts, 5_000);

    String html = JobPageRenderer.render(view);

    assertTrue(html.contains(TaskTable.PAGE_ROWS + " of " + n + " tasks"), "says what it lists");
    assertEquals(TaskTable.PAGE_ROWS, html.split("<tr class=\"", -1).length - 1);
    assertTrue(html.contains("<td class=\"num\">" + n + "</td></tr>"), "counts every task");
    assertTrue(html.contains("<tr class=\"FAILED\"><td class=\"num\">" + (n - 1) + "</td>"), "lists the failed");
  }

  @Test
  void eachTaskShowsItsLocalityAndThePageCountsThem() {
    AttemptRow a = Views.running(0, 1, "n1:8041", 0);
    AttemptRow b = Views.running(1, 1, "n2:8041", 0);
    List<TaskRow> tasks = List.of(
        new TaskRow(0, TaskState.RUNNING, 1, 0, a.node(), a.containerId(), a.startedAt(), 5L, 0.5, null, null,
            org.sepyarn.am.schedule.Locality.NODE_LOCAL),
        new TaskRow(1, TaskState.RUNNING, 1, 0, b.node(), b.containerId(), b.startedAt(), 5L, 0.5, null, null,
            org.sepyarn.am.schedule.Locality.OFF_RACK),
        Views.waiting(2));
    JobView view = Views.view("j", JobPhase.RUNNING, tasks, List.of(a, b), 10);

    String html = JobPageRenderer.render(view);

    assertTrue(html.contains("<th>locality</th>"), html);
    assertTrue(html.contains("<td>node-local</td>"), html);
    assertTrue(html.contains("<td>off-rack</td>"), html);
    assertTrue(html.contains("locality: 1 node-local, 0 rack-local, 1 off-rack"), html);
    assertEquals("NODE_LOCAL", view.toStatus().tasks().get(0).locality());
    assertEquals(java.util.Map.of("NODE_LOCAL", 1, "RACK_LOCAL", 0, "OFF_RACK", 1, "NO_PREFERENCE", 0),
        view.toStatus().locality());
  }

  @Test
  void aJobNamedLikeAScriptIsEscaped() {
    JobView view = withName(Views.mixed(), "<script>alert(1)</script>");

    String html = JobPageRenderer.render(view);

    assertFalse(html.contains("<script"), html);
    assertTrue(html.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; - sepyarn</title>"), html);
    assertTrue(html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; <span"), html);
  }

  @Test
  void aPatchedFileShowsEachPatchsWindowOverlapAndHalo() {
    JobView mixed = Views.mixed();
    FileRow patched = FileRow.of(new org.sepyarn.formats.job.FileSpec(org.sepyarn.formats.job.FileTag.STDOUT,
        "/out/s.H", org.sepyarn.formats.job.Usage.OUTPUT, new org.sepyarn.formats.job.BlockPatch(List.of(1),
            List.of(2), List.of(3), List.of(2))), org.sepyarn.formats.geometry.Hypercube.ofLengths(20));
    JobView view = new JobView(mixed.name(), mixed.application(), "alice", JobPhase.RUNNING, 0, List.of("/bin/prog"),
        List.of(patched), Views.T0, Views.T0 + 5_000, mixed.tasks(), List.of(), null);

    String html = JobPageRenderer.render(view);

    assertTrue(html.contains("halo 2 samples given no weight in the blend"), html);
    assertTrue(html.contains("patch 1: window [7:20], owns [10:20]; overlap before/after: axis 1 3/0; halo before/after:"
        + " axis 1 2/0"), html);
  }

  @Test
  void argumentsPathsAndDiagnosticsAreEscaped() {
    JobView mixed = Views.mixed();
    AttemptRow evil = Views.ended(0, 1, "n:1", 0, 1_000, ExitReason.PROGRAM_FAILED, "<img src=x onerror=alert(1)>");
    JobView view = new JobView(mixed.name(), mixed.application(), "al\"ice", JobPhase.FAILED, 1,
        List.of("/bin/prog", "title=<b>bold</b>", "it's"),
        List.of(new FileRow("<", "hdfs:///data/<in>.H", "input", "copied whole to every task")),
        Views.T0, Views.T0 + 5_000, List.of(Views.task(0, TaskState.FAILED, evil, 5_000)), List.of(evil),
        "task 0 failed: <b>stderr</b> & more");

    String html = JobPageRenderer.render(view);

    assertFalse(html.contains("<b>") || html.contains("<img") || html.contains("<in>"), html);
    assertTrue(html.contains("/bin/prog &#39;title=&lt;b&gt;bold&lt;/b&gt;&#39; &#39;it&#39;\\&#39;&#39;s&#39;"), html);
    assertTrue(html.contains("<code>hdfs:///data/&lt;in&gt;.H</code>"), html);
    assertTrue(html.contains("task 0 failed: &lt;b&gt;stderr&lt;/b&gt; &amp; more"), html);
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), html);
    assertTrue(html.contains("user al&quot;ice"), html);
  }

  @Test
  void everyLinkOfThePageIsRelativeOrToANodeManager() {
    String html = JobPageRenderer.render(Views.mixed());

    Matcher links = LINK.matcher(html);
    int count = 0;
    while (links.find()) {
      String target = links.group(1);
      count++;
      assertFalse(target.startsWith("/"), "absolute path link " + target);
      assertTrue(!target.contains(":") || target.startsWith("http://node-"), "link " + target);
    }
    assertTrue(count >= 4, "links found: " + count);
    assertFalse(html.contains("href=\"/"));
    assertTrue(html.contains("<a href=\"api/job\">") && html.contains("<a href=\"timeline.svg\">")
        && html.contains("<a href=\"api/status\">"), html);
  }

  @Test
  void thePageEmbedsTheTimelineAndListsEveryTask() {
    JobView view = Views.mixed();

    String html = JobPageRenderer.render(view);

    assertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\""), html);
    assertEquals(view.attempts().size(), count(html, "<rect class=\"attempt "));
    assertEquals(view.tasks().size(), count(html, "<tr class=\""));
    assertTrue(html.contains("<a href=\"http://node-b:8042/node/containerlogs/"), html);
  }

  @Test
  void thePageShowsTheSummaryCountsAndTheAttemptsThatDidNotSucceed() {
    String html = JobPageRenderer.render(Views.mixed());

    assertTrue(html.contains("<tr><th>Elapsed</th><td>1m 40s</td></tr>"), html);
    assertTrue(html.contains("<tr><th>Attempts</th><td>5</td></tr>"), html);
    assertTrue(html.contains("<tr><th>Failed attempts (charged)</th><td>1</td></tr>"), html);
    assertTrue(html.contains("<h2>Attempts that did not succeed</h2>"), html);
    assertTrue(html.contains("PROGRAM_FAILED</span> &middot; failed (charged)"), html);
    assertTrue(html.contains("PREEMPTED</span> &middot; preempted / lost (not charged)"), html);
  }

  @Test
  void thePageRefreshesItselfOnlyWhileTheJobIsNotOver() {
    JobView running = Views.mixed();
    JobView over = new JobView(running.name(), running.application(), running.user(), JobPhase.SUCCEEDED, 1,
        running.argv(), running.files(), running.startedAt(), running.takenAt(), running.tasks(), running.attempts(),
        null);

    assertTrue(JobPageRenderer.render(running).contains("<meta http-equiv=\"refresh\" content=\"5\">"));
    assertFalse(JobPageRenderer.render(over).contains("http-equiv=\"refresh\""));
  }

  private static JobView withName(JobView v, String name) {
    return new JobView(name, v.application(), v.user(), v.phase(), v.progress(), v.argv(), v.files(), v.startedAt(),
        v.takenAt(), v.tasks(), v.attempts(), v.diagnostics());
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void theDataMovedTableShowsEveryPhaseAndEachOutputsMergeInHumanUnits() {
    org.sepyarn.runner.spec.PhaseBytes phases = org.sepyarn.runner.spec.PhaseBytes.none()
        .plus("fetch", new org.sepyarn.runner.spec.ByteCount(1L << 30, 0))
        .plus("commit", new org.sepyarn.runner.spec.ByteCount(0, 1L << 30))
        .plus("merge", new org.sepyarn.runner.spec.ByteCount(0, 0))
        .plus("am", new org.sepyarn.runner.spec.ByteCount(2048, 512));
    org.sepyarn.am.status.JobBytes bytes = org.sepyarn.am.status.JobBytes.of(phases, List.of(
        new org.sepyarn.am.status.OutputBytes(1, "hdfs://nn/out<1>.H", "concatenated by the file system", 0)),
        1L << 30);

    String html = JobPageRenderer.render(Views.mixed().withBytes(bytes));
    String without = JobPageRenderer.render(Views.mixed());

    assertTrue(html.contains("<h2>Data moved</h2>"), html);
    assertTrue(html.contains("<tr><td>fetch</td><td class=\"num\">1.00 GiB</td><td class=\"num\">0 B</td></tr>"),
        html);
    assertTrue(html.contains("<tr><td>am</td><td class=\"num\">2.00 KiB</td><td class=\"num\">512 B</td></tr>"),
        html);
    assertTrue(html.contains("<code>hdfs://nn/out&lt;1&gt;.H</code></td><td>concatenated by the file system</td>"
        + "<td class=\"num\">0 B</td>"), html);
    assertTrue(html.contains("read 1.00 GiB, wrote 1.00 GiB (2.00 B moved per output byte)"), html);
    assertFalse(without.contains("Data moved"), without);
  }

  @Test
  void theMergePhaseListsItsTasksAfterTheJobsTasksAndTheirAttemptsJoinTheTimeline() {
    List<TaskRow> done = java.util.stream.IntStream.range(0, 4).mapToObj(i -> new TaskRow(i, TaskState.SUCCEEDED, 1, 0,
        "node-a:45454", "c" + i, Views.T0, 1_000L, 1, ExitReason.SUCCEEDED, null)).toList();
    JobView tasks = Views.view("merging", JobPhase.MERGING, done, List.of(), 100_000);
    AttemptRow lost = Views.ended(4, 1, "node-b:45454", 50_000, 60_000, ExitReason.NODE_LOST, "node lost");
    AttemptRow again = Views.running(4, 2, "node-a:45454", 61_000);
    AttemptRow second = Views.running(5, 1, "node-a:45454", 50_000);
    JobView view = tasks.withMergeTasks(List.of(Views.task(0, TaskState.RUNNING, again, 100_000),
        Views.task(1, TaskState.RUNNING, second, 100_000)), List.of(lost, again, second));

    String html = JobPageRenderer.render(view);
    assertTrue(html.contains("<h2>Merge phase</h2>"), html);
    assertTrue(html.contains("Merge task <i>k</i> is task 4+<i>k</i>"), html);
    assertTrue(html.contains(">0 (task 4)</td>") && html.contains(">1 (task 5)</td>"), html);
    assertTrue(html.contains("NODE_LOST"), "the merge task's lost attempt is listed: " + html);
    assertEquals(2, view.toStatus().mergeTasks().size());
    assertEquals("RUNNING", view.toStatus().mergeTasks().get(1).state());
    assertFalse(JobPageRenderer.render(tasks).contains("Merge phase"));
  }

  @Test
  void theScatterPhaseListsItsTasksBetweenTheTasksAndTheMergePhaseWhoseTasksComeAfterThem() {
    JobView view = Views.scatteredAndMerging();

    String html = JobPageRenderer.render(view);

    int scatter = html.indexOf("<h2>Scatter phase</h2>");
    int merge = html.indexOf("<h2>Merge phase</h2>");
    assertTrue(html.indexOf("<h2 id=\"tasks\">Tasks</h2>") < scatter && scatter < merge, html);
    assertTrue(html.contains("2 scatter tasks each read one slab of an input the tasks read in short runs"), html);
    assertTrue(html.contains("Scatter task <i>k</i> is task 4+<i>k</i> in the timeline and the logs"), html);
    assertTrue(html.contains(">0 (task 4)</td>") && html.contains(">1 (task 5)</td>"), html);
    assertTrue(html.contains("Merge task <i>k</i> is task 6+<i>k</i>"), html);
    assertTrue(html.contains(">0 (task 6)</td>"), html);
    assertTrue(html.contains("exit status 5"), "the scatter task's failed attempt is listed: " + html);
    assertFalse(JobPageRenderer.render(Views.mixed()).contains("Scatter phase"));
  }

  @Test
  void theScatteringPhaseIsColouredLikeTheOtherPhasesAtWork() {
    JobView v = Views.mixed();
    JobView scattering = new JobView(v.name(), v.application(), v.user(), JobPhase.SCATTERING, 0.05, v.argv(),
        v.files(), v.startedAt(), v.takenAt(), v.tasks(), v.attempts(), null);

    String html = JobPageRenderer.render(scattering);

    assertTrue(html.contains("<span class=\"phase SCATTERING\">SCATTERING</span>"), html);
    Matcher rule = Pattern.compile("([^{}]*)\\{background:#2563eb}").matcher(html);
    List<String> blue = new java.util.ArrayList<>();
    while (rule.find()) {
      blue.add(rule.group(1).strip());
    }
    assertTrue(blue.stream().anyMatch(r -> List.of(r.split(",")).containsAll(List.of(".phase.SCATTERING",
        ".phase.RUNNING", ".phase.MERGING"))), blue.toString());
  }
}
