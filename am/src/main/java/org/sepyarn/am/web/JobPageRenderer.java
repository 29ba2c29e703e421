package org.sepyarn.am.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.sepyarn.am.launch.ShellQuoting;
import org.sepyarn.am.schedule.Locality;
import org.sepyarn.am.schedule.TaskState;
import org.sepyarn.am.status.ByteText;
import org.sepyarn.am.status.JobBytes;
import org.sepyarn.am.status.OutputBytes;
import org.sepyarn.runner.spec.ByteCount;
import org.sepyarn.am.status.TaskQuery;

/**
 * The tracking page as one self-contained HTML document: a solve's convergence, the job's summary,
 * task counts and duration percentiles, its program and files, the data it moved, the timeline inline as SVG, the
 * attempts that did not succeed with their diagnostics, then a page of the task table
 * ({@link TaskTable}) and the scatter and merge phases' tasks. Node names are shown as {@link NodeNames} gives them. No scripts or external files; every link is relative, so the page
 * works behind the ResourceManager's proxy, except the links to container logs, which point to the
 * NodeManagers. It refreshes itself every few seconds until the job is over.
 */
public final class JobPageRenderer {
  static final int REFRESH_SECONDS = 5;
  private static final int MAX_DIAGNOSTICS_CHARS = 4000;
  private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_./:=,+@%-]+");
  private static final String STYLE = """
      body{font-family:sans-serif;font-size:14px;margin:1.5em;color:#111827}
      h1{font-size:1.5em;margin:0 0 .3em}h2{font-size:1.15em;margin:1.4em 0 .5em}
      table{border-collapse:collapse;margin:.3em 0}
      th,td{border:1px solid #d1d5db;padding:.2em .6em;text-align:left;vertical-align:top}
      th{background:#f3f4f6}td.num{text-align:right}
      .phase{font-size:.6em;padding:.15em .5em;border-radius:.3em;color:#fff;vertical-align:middle}
      .phase.SCATTERING,.phase.RUNNING,.phase.MERGING{background:#2563eb}.phase.SUCCEEDED{background:#16a34a}
      .phase.FAILED{background:#dc2626}
      .bar{width:24em;height:.9em;background:#e5e7eb;border-radius:.3em;display:inline-block;vertical-align:middle}
      .bar span{display:block;height:100%;background:#2563eb;border-radius:.3em}
      .meta{color:#4b5563}
      pre{background:#f9fafb;border:1px solid #e5e7eb;padding:.5em;white-space:pre-wrap;margin:0}
      pre.diagnostics{max-height:12em;overflow:auto}
      tr.FAILED td{background:#fef2f2}tr.RUNNING td,tr.ASSIGNED td{background:#eff6ff}tr.KILLED td{background:#f3f4f6}
      .timeline{max-width:100%;height:auto}
      .timeline-box{max-height:40em;overflow:auto;border:1px solid #e5e7eb;display:inline-block;max-width:100%}
      .straggler{font-size:.8em;padding:0 .3em;border-radius:.3em;background:#f59e0b;color:#111827}
      .scroll{max-height:24em;overflow:auto;display:inline-block;max-width:100%}
      table.attempts td,table.tasks td{white-space:nowrap}table.attempts td:nth-child(7){white-space:normal}
      .wide{max-width:100%;overflow-x:auto}
      .step-swatch{display:inline-block;width:.8em;height:.8em;border-radius:.15em;margin-right:.35em;vertical-align:-.05em}
      .filters{margin:.3em 0}.current{font-weight:bold}table.tasks code{font-size:.9em;white-space:nowrap}
      """;

  private JobPageRenderer() {
  }

  /** The most attempts that did not succeed the page lists: the latest ended. */
  static final int MAX_UNSUCCESSFUL_ROWS = 200;

  public static String render(JobView view) {
    return render(view, Optional.empty());
  }

  /**
   * The page; its task table lists the page of tasks {@code query} asks for, or without one the
   * failed, the running, then the lowest-numbered others up to {@link TaskTable#PAGE_ROWS}.
   */
  public static String render(JobView view, Optional<TaskQuery> query) {
    StringBuilder html = new StringBuilder(65536 + 512 * Math.min(view.tasks().size(), TaskTable.PAGE_ROWS));
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    if (!view.phase().isOver()) {
      html.append("<meta http-equiv=\"refresh\" content=\"").append(REFRESH_SECONDS).append("\">\n");
    }
    html.append("<title>").append(esc(view.name())).append(" - sepyarn</title>\n<style>\n").append(STYLE)
        .append("</style>\n</head>\n<body>\n");
    header(html, view);
    convergence(html, view);
    summary(html, view);
    if (view.diagnostics() != null && !view.diagnostics().isBlank()) {
      html.append("<h2>Why the job failed</h2>\n<pre class=\"diagnostics\">").append(esc(view.diagnostics()))
          .append("</pre>\n");
    }
    program(html, view);
    dataMoved(html, view);
    NodeNames nodes = NodeNames.of(view.attempts().stream().map(AttemptRow::node).distinct().toList());
    html.append("<h2>Timeline</h2>\n<div class=\"timeline-box\">").append(TimelineSvg.element(view, nodes))
        .append("</div>\n");
    unsuccessfulAttempts(html, view, nodes);
    TaskTable table = new TaskTable(view, nodes);
    table.tasks(html, query);
    table.scatterTasks(html);
    table.mergeTasks(html);
    html.append("<p class=\"meta\">Updated ").append(TimeText.instant(view.takenAt()));
    if (!view.phase().isOver()) {
      html.append("; this page refreshes every ").append(REFRESH_SECONDS).append(" seconds");
    }
    html.append(".</p>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void header(StringBuilder html, JobView view) {
    html.append("<h1>").append(esc(view.name())).append(" <span class=\"phase ").append(view.phase().name())
        .append("\">").append(view.phase().name()).append("</span></h1>\n");
    html.append("<p class=\"meta\">").append(esc(view.application())).append(" &middot; user ")
        .append(esc(view.user())).append(" &middot; <a href=\"api/job\">job as JSON</a> &middot; ")
        .append("<a href=\"api/status\">status.json</a> &middot; <a href=\"timeline.svg\">timeline as SVG</a></p>\n");
    if (view.resumed() != null) {
      html.append("<p class=\"resumed\">This job ").append(esc(view.resumed().text())).append(".</p>\n");
    }
    String percent = String.format(Locale.ROOT, "%.1f", 100 * view.progress());
    html.append("<p><span class=\"bar\"><span style=\"width:").append(percent).append("%\"></span></span> ")
        .append(percent).append("% done</p>\n");
  }

  private static void summary(StringBuilder html, JobView view) {
    OptionalLong left = view.timeLeft();
    html.append("<table class=\"summary\">\n");
    row(html, "Started", TimeText.instant(view.startedAt()));
    row(html, "Elapsed", TimeText.duration(view.elapsedMillis()));
    row(html, "Time left (tasks)", left.isPresent() ? "about " + TimeText.duration(left.getAsLong())
        : view.phase() == JobPhase.RUNNING ? "not known yet" : "-");
    row(html, "Attempts", Integer.toString(view.attemptCount()));
    row(html, "Failed attempts (charged)", Integer.toString(view.failureCount()));
    DurationSpread.of(view.tasks()).ifPresent(spread -> row(html, "Task durations",
        "median " + TimeText.duration(spread.medianMillis()) + ", 90% under " + TimeText.duration(spread.p90Millis())
        + ", 99% under " + TimeText.duration(spread.p99Millis()) + ", longest " + TimeText.duration(spread.maxMillis())
        + " (" + spread.succeeded() + " succeeded)" + stragglers(view, spread)));
    html.append("</table>\n<table class=\"counts\">\n<tr>");
    Map<TaskState, Integer> counts = view.counts();
    for (TaskState s : counts.keySet()) {
      html.append("<th>").append(s.name().toLowerCase(Locale.ROOT)).append("</th>");
    }
    html.append("<th>tasks</th></tr>\n<tr>");
    for (Map.Entry<TaskState, Integer> count : counts.entrySet()) {
      html.append("<td class=\"num\">");
      if (count.getValue() > 0) {
        html.append("<a href=\"").append(TaskTable.pageUrl(0, TaskTable.PAGE_ROWS, count.getKey().name(), null))
            .append("#tasks\">")
            .append(count.getValue()).append("</a>");
      } else {
        html.append(0);
      }
      html.append("</td>");
    }
    html.append("<td class=\"num\">").append(view.tasks().size()).append("</td></tr>\n</table>\n");
    steps(html, view);
    html.append("<p class=\"meta\">").append(esc(Locality.summary(view.localityCounts()))).append("</p>\n");
  }

  /**
   * A flow's steps: each one's tasks done, running and waiting, linked to its tasks; a step whose
   * tasks wait for an earlier step's pieces says so.
   */
  private static void steps(StringBuilder html, JobView view) {
    List<org.sepyarn.am.status.StepSummary> steps = view.steps();
    if (steps.isEmpty()) {
      return;
    }
    html.append("<table class=\"steps\">\n<tr><th>step</th><th>tasks</th><th>succeeded</th><th>running</th>")
        .append("<th>waiting</th><th>failed</th><th></th></tr>\n");
    for (int i = 0; i < steps.size(); i++) {
      org.sepyarn.am.status.StepSummary s = steps.get(i);
      int running = s.count("RUNNING") + s.count("ASSIGNED");
      html.append("<tr><td><span class=\"step-swatch\" style=\"background:").append(StepColours.of(i))
          .append("\"></span><a href=\"").append(TaskTable.pageUrl(0, TaskTable.PAGE_ROWS, null, null, s.name()))
          .append("#tasks\">").append(esc(s.name())).append("</a></td><td class=\"num\" title=\"")
          .append(s.taskRange()).append("\">").append(s.taskCount()).append("</td><td class=\"num\">")
          .append(s.count("SUCCEEDED")).append("</td><td class=\"num\">").append(running)
          .append("</td><td class=\"num\">").append(s.count("WAITING")).append("</td><td class=\"num\">")
          .append(s.count("FAILED") + s.count("KILLED")).append("</td><td>").append(stepNote(s)).append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  /**
   * A solve's iterations so far: the steps running now, the norms plotted on a log scale and
   * listed, each residual also as a fraction of the first.
   */
  private static void convergence(StringBuilder html, JobView view) {
    List<org.sepyarn.am.status.IterationNorms> norms = view.iterations();
    if (norms.isEmpty()) {
      return;
    }
    html.append("<h2>Convergence</h2>\n<p class=\"iterations-done\">").append(norms.size() - 1)
        .append(norms.size() == 2 ? " iteration" : " iterations").append(" done");
    List<String> running = view.steps().stream().filter(st -> st.count("RUNNING") + st.count("ASSIGNED") > 0)
        .map(org.sepyarn.am.status.StepSummary::name).toList();
    if (!view.phase().isOver() && !running.isEmpty()) {
      html.append("; running now: step").append(running.size() == 1 ? " " : "s ")
          .append(esc(String.join(", ", running)));
    }
    html.append(".</p>\n<div class=\"wide\">").append(ConvergenceSvg.element(norms)).append("</div>\n")
        .append("<div class=\"scroll\"><table class=\"iterations\">\n<tr><th>iteration</th><th>|residual|</th>")
        .append("<th>|residual| / start</th><th>|model|</th></tr>\n");
    double start = norms.get(0).residualNorm();
    for (org.sepyarn.am.status.IterationNorms n : norms) {
      html.append("<tr><td class=\"num\">").append(n.iteration()).append("</td><td class=\"num\">")
          .append(ConvergenceSvg.value(n.residualNorm())).append("</td><td class=\"num\">")
          .append(start > 0 ? ConvergenceSvg.value(n.residualNorm() / start) : "-").append("</td><td class=\"num\">")
          .append(ConvergenceSvg.value(n.modelNorm())).append("</td></tr>\n");
    }
    html.append("</table></div>\n");
  }

  /** What a step waits for, or that it is done; empty otherwise. */
  private static String stepNote(org.sepyarn.am.status.StepSummary s) {
    if (!s.waitingFor().isEmpty()) {
      return "waiting for step" + (s.waitingFor().size() == 1 ? " " : "s ") + esc(String.join(", ", s.waitingFor()));
    }
    return s.count("SUCCEEDED") == s.taskCount() ? "done" : "";
  }

  /** How many tasks are stragglers, if any. */
  private static String stragglers(JobView view, DurationSpread spread) {
    long count = view.tasks().stream().filter(t -> t.durationMillis() != null && t.state() != TaskState.WAITING
        && spread.isStraggler(t.durationMillis())).count();
    return count == 0 ? "" : "; " + count + (count == 1 ? " straggler" : " stragglers") + ", at least "
        + (int) DurationSpread.STRAGGLER_FACTOR + " times the median (sort by duration)";
  }

  private static void program(StringBuilder html, JobView view) {
    html.append("<h2>Program</h2>\n<pre class=\"argv\">");
    for (int i = 0; i < view.argv().size(); i++) {
      String word = view.argv().get(i);
      html.append(i == 0 ? "" : " ").append(esc(PLAIN_WORD.matcher(word).matches() ? word : ShellQuoting.quote(word)));
    }
    html.append("</pre>\n");
    if (view.files().isEmpty()) {
      return;
    }
    html.append("<h2>Files</h2>\n<table class=\"files\">\n<tr><th>tag</th><th>path</th><th>usage</th>")
        .append("<th>distribution</th></tr>\n");
    for (FileRow f : view.files()) {
      html.append("<tr><td><code>").append(esc(f.tag())).append("</code></td><td><code>").append(esc(f.path()))
          .append("</code></td><td>").append(esc(f.usage())).append("</td><td>").append(esc(f.distribution()));
      if (!f.patches().isEmpty()) {
        html.append("<details class=\"patches\"><summary>each patch's window, overlap and halo</summary><pre>");
        for (String line : f.patches()) {
          html.append(esc(line)).append('\n');
        }
        html.append("</pre></details>");
      }
      html.append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  /** The bytes moved to and from the cluster file system, per phase and per merged output. */
  private static void dataMoved(StringBuilder html, JobView view) {
    JobBytes bytes = view.bytes();
    if (bytes == null) {
      return;
    }
    html.append("<h2>Data moved</h2>\n<table class=\"bytes\">\n<tr><th>phase</th><th>read</th><th>written</th></tr>\n");
    for (Map.Entry<String, ByteCount> phase : bytes.phases().phases().entrySet()) {
      html.append("<tr><td>").append(esc(phase.getKey())).append("</td><td class=\"num\">")
          .append(ByteText.of(phase.getValue().read())).append("</td><td class=\"num\">")
          .append(ByteText.of(phase.getValue().written())).append("</td></tr>\n");
    }
    html.append("<tr><th>total</th><th class=\"num\">").append(ByteText.of(bytes.read()))
        .append("</th><th class=\"num\">").append(ByteText.of(bytes.written())).append("</th></tr>\n</table>\n");
    if (bytes.outputs().isEmpty()) {
      return;
    }
    html.append("<table class=\"merges\">\n<tr><th>output</th><th>merge</th><th>copied</th></tr>\n");
    for (OutputBytes o : bytes.outputs()) {
      html.append("<tr><td><code>").append(esc(o.path())).append("</code></td><td>").append(esc(o.merge()))
          .append("</td><td class=\"num\">").append(ByteText.of(o.copied())).append("</td></tr>\n");
    }
    html.append("</table>\n<p class=\"meta\">").append(esc(ByteText.totals(bytes))).append(" for ")
        .append(ByteText.of(bytes.outputBytes())).append(" of output.</p>\n");
  }

  private static void unsuccessfulAttempts(StringBuilder html, JobView view, NodeNames nodes) {
    List<AttemptRow> ended = view.attempts().stream()
        .filter(a -> a.outcome() == AttemptOutcome.FAILED || a.outcome() == AttemptOutcome.NOT_CHARGED)
        .toList();
    int total = ended.size();
    if (ended.size() > MAX_UNSUCCESSFUL_ROWS) {
      ended = ended.stream().sorted(java.util.Comparator.comparingLong(AttemptRow::endedAt).reversed())
          .limit(MAX_UNSUCCESSFUL_ROWS).toList();
    }
    if (ended.isEmpty()) {
      return;
    }
    html.append("<h2>Attempts that did not succeed</h2>\n");
    if (total > ended.size()) {
      html.append("<p class=\"meta\">The latest ").append(ended.size()).append(" of ").append(total).append(".</p>\n");
    }
    html.append("<div class=\"scroll\"><table class=\"attempts\">\n<tr><th>task</th>")
        .append("<th>attempt</th><th>node</th><th>ended</th><th>after</th><th>outcome</th><th>diagnostics</th>")
        .append("<th>logs</th></tr>\n");
    for (AttemptRow a : ended) {
      html.append("<tr><td class=\"num\">").append(a.task()).append("</td><td class=\"num\">").append(a.number())
          .append(a.speculative() ? " <span class=\"meta\">speculative</span>" : "")
          .append("</td><td title=\"").append(esc(a.node())).append("\">").append(esc(nodes.shown(a.node())))
          .append("</td><td>").append(TimeText.instant(a.endedAt()))
          .append("</td><td class=\"num\">").append(TimeText.duration(a.durationMillis(view.takenAt())))
          .append("</td><td><span title=\"").append(esc(a.exitReason().explanation())).append("\">")
          .append(a.exitReason().name()).append("</span> &middot; ").append(esc(a.outcome().label())).append("</td><td>")
          .append(a.diagnostics().isBlank() ? "-" : "<pre class=\"diagnostics\">" + esc(tail(a.diagnostics())) + "</pre>")
          .append("</td><td>").append(logsLink(a.logsUrl())).append("</td></tr>\n");
    }
    html.append("</table></div>\n");
  }

  private static String logsLink(String url) {
    return url == null ? "-" : "<a href=\"" + esc(url) + "\">logs</a>";
  }

  private static void row(StringBuilder html, String label, String value) {
    html.append("<tr><th>").append(label).append("</th><td>").append(esc(value)).append("</td></tr>\n");
  }

  private static String tail(String text) {
    String t = text.strip();
    return t.length() <= MAX_DIAGNOSTICS_CHARS ? t : "\u2026" + t.substring(t.length() - MAX_DIAGNOSTICS_CHARS);
  }

  private static String esc(String text) {
    return Markup.escape(text);
  }
}
