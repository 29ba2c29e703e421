package org.sepyarn.am.web;

import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The job's attempts drawn as an SVG timeline: one row per node (with a lane per overlapping
 * attempt), one bar per attempt from its launch to its end (or to now while it runs), coloured by
 * {@link AttemptOutcome}, with a legend above and a time axis of elapsed time above and below the
 * rows. Past {@link #COMPACT_ROWS} nodes the rows are drawn compact, lanes a few pixels high, so
 * that hundreds of nodes stay a scrollable height. Node names are shown as {@link NodeNames} gives
 * them. Each bar is a {@code <rect class="attempt ...">} whose tooltip tells the task, attempt,
 * outcome and duration. In a flow a bar is filled with its task's step's colour ({@link StepColours})
 * and outlined in its outcome's colour, and a second legend line names the steps; in compact rows,
 * too thin for an outline, a flow's bar has its step's colour alone unless its attempt failed or
 * was not charged (its outcome's colour then). A scatter or merge task's bar, of no step, is filled
 * with its outcome's colour as in a job of one program; it is labelled with its job-wide task number
 * (the scatter tasks' come after the job's tasks, the merge tasks' after those) and its tooltip
 * says which scatter or merge task it is.
 */
public final class TimelineSvg {
  static final String NAMESPACE = "http://www.w3.org/2000/svg";
  private static final int WIDTH = 960;
  private static final int LABEL_WIDTH = 200;
  private static final int RIGHT_MARGIN = 24;
  private static final int PLOT_WIDTH = WIDTH - LABEL_WIDTH - RIGHT_MARGIN;
  private static final int LEGEND_HEIGHT = 26;
  private static final int STEP_LEGEND_HEIGHT = 20;
  /** Bars thinner than this (compact rows) are not outlined. */
  private static final int MIN_BAR_HEIGHT_FOR_OUTLINE = 8;
  /** Nodes beyond which the rows are drawn compact. */
  static final int COMPACT_ROWS = 40;
  private static final Rows NORMAL = new Rows(16, 12, 4, 0, 11);
  private static final Rows COMPACT = new Rows(4, 3, 1, 12, 9);
  private static final int AXIS_HEIGHT = 30;
  private static final int MAX_LABEL_CHARS = 30;
  private static final int MAX_TICK_INTERVALS = 10;
  private static final int MIN_BAR_WIDTH_FOR_TEXT = 26;
  private static final int MAX_TOOLTIP_DIAGNOSTICS = 300;

  private TimelineSvg() {
  }

  /** A standalone SVG file, for {@code timeline.svg}. */
  public static String document(JobView view) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element(view);
  }

  /** Row geometry: lane and bar height, padding above and below a row's lanes, least row height, label size. */
  private record Rows(int lane, int bar, int padding, int minHeight, int labelSize) {
    int height(TimelineLayout.NodeRow row) {
      return Math.max(row.laneCount() * lane + 2 * padding, minHeight);
    }
  }

  /** The most attempts a timeline draws: the latest started, when a job has had more. */
  static final int MAX_ATTEMPTS = 2000;

  /** The {@code <svg>} element alone, to embed in the HTML page. */
  public static String element(JobView view) {
    return element(view, NodeNames.of(view.attempts().stream().map(AttemptRow::node).distinct().toList()));
  }

  /** As above, naming nodes as {@code nodes} says. */
  static String element(JobView view, NodeNames nodes) {
    List<AttemptRow> attempts = recent(view.attempts());
    List<TimelineLayout.NodeRow> rows = TimelineLayout.of(attempts, view.takenAt());
    boolean cut = attempts.size() < view.attempts().size();
    long origin = view.startedAt();
    long start = cut ? Long.MAX_VALUE : origin;
    long end = view.takenAt();
    for (AttemptRow a : attempts) {
      start = Math.min(start, a.startedAt());
      origin = Math.min(origin, a.startedAt());
      end = Math.max(end, a.endOr(view.takenAt()));
    }
    Scale scale = new Scale(origin, start, Math.max(end - start, 1000));
    Rows geometry = rows.size() > COMPACT_ROWS ? COMPACT : NORMAL;
    int rowsHeight = rows.isEmpty() ? 2 * NORMAL.lane() : rows.stream().mapToInt(geometry::height).sum();
    org.sepyarn.am.status.FlowSteps steps = view.flowSteps();
    int plotTop = LEGEND_HEIGHT + (steps.isFlow() ? STEP_LEGEND_HEIGHT : 0) + AXIS_HEIGHT;
    int axisY = plotTop + rowsHeight;
    int height = axisY + AXIS_HEIGHT;

    StringBuilder svg = new StringBuilder(4096 + 256 * attempts.size());
    svg.append("<svg xmlns=\"").append(NAMESPACE).append("\" class=\"timeline\" width=\"").append(WIDTH)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" font-family=\"sans-serif\" font-size=\"11\" role=\"img\" aria-label=\"")
        .append(Markup.escape("timeline of the attempts of job " + view.name())).append("\">\n");
    legend(svg, attempts.stream().anyMatch(AttemptRow::speculative), steps.isFlow());
    if (steps.isFlow()) {
      stepLegend(svg, steps, geometry.bar() < MIN_BAR_HEIGHT_FOR_OUTLINE);
    }
    if (cut) {
      svg.append("<text x=\"").append(WIDTH - RIGHT_MARGIN).append("\" y=\"16\" text-anchor=\"end\" fill=\"#6b7280\">")
          .append("the latest ").append(attempts.size()).append(" of ").append(view.attempts().size())
          .append(" attempts</text>\n");
    }
    grid(svg, scale, plotTop, axisY);
    if (rows.isEmpty()) {
      svg.append("<text x=\"").append(LABEL_WIDTH).append("\" y=\"").append(plotTop + NORMAL.lane() + 4)
          .append("\" fill=\"#6b7280\">No attempt has started yet.</text>\n");
    }
    int y = plotTop;
    boolean shaded = false;
    IntFunction<String> phaseTask = phaseTasks(view);
    for (TimelineLayout.NodeRow row : rows) {
      int rowHeight = geometry.height(row);
      nodeRow(svg, row, scale, y, geometry, rowHeight, shaded, view.takenAt(), nodes, steps, phaseTask);
      y += rowHeight;
      shaded = !shaded;
    }
    axis(svg, scale, plotTop, false);
    axis(svg, scale, axisY, true);
    svg.append("</svg>\n");
    return svg.toString();
  }

  /** The outcomes' colours: fills, or in a flow outlines (the fill being the step's). */
  private static void legend(StringBuilder svg, boolean withSpeculative, boolean outlines) {
    int x = LABEL_WIDTH;
    if (outlines) {
      svg.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"16\" text-anchor=\"end\" fill=\"#6b7280\">")
          .append("outline: outcome</text>\n");
    }
    for (AttemptOutcome outcome : AttemptOutcome.values()) {
      svg.append("<rect class=\"swatch ").append(outcome.cssClass()).append("\" x=\"").append(x)
          .append("\" y=\"6\" width=\"12\" height=\"12\" fill=\"").append(outlines ? "#ffffff" : outcome.colour())
          .append("\"").append(outlines ? " stroke=\"" + outcome.colour() + "\" stroke-width=\"2.5\"" : "").append("/>")
          .append("<text x=\"").append(x + 16).append("\" y=\"16\">").append(Markup.escape(outcome.label()))
          .append("</text>\n");
      x += 16 + 7 * outcome.label().length() + 18;
    }
    if (withSpeculative) {
      svg.append("<rect class=\"swatch speculative\" x=\"").append(x).append("\" y=\"6\" width=\"12\" height=\"12\"")
          .append(" fill=\"#ffffff\" stroke=\"#111827\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/>")
          .append("<text x=\"").append(x + 16).append("\" y=\"16\">speculative</text>\n");
    }
  }

  /** A flow's steps' colours, the bars' fills, on a line of their own below the outcomes. */
  private static void stepLegend(StringBuilder svg, org.sepyarn.am.status.FlowSteps steps, boolean compact) {
    int y = LEGEND_HEIGHT;
    svg.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 10)
        .append("\" text-anchor=\"end\" fill=\"#6b7280\">fill: step</text>\n");
    int x = LABEL_WIDTH;
    for (int i = 0; i < steps.steps().size(); i++) {
      String name = steps.steps().get(i).name();
      svg.append("<rect class=\"swatch step\" x=\"").append(x).append("\" y=\"").append(y)
          .append("\" width=\"12\" height=\"12\" fill=\"").append(StepColours.of(i)).append("\"/>")
          .append("<text x=\"").append(x + 16).append("\" y=\"").append(y + 10).append("\">")
          .append(Markup.escape(name)).append("</text>\n");
      x += 16 + 7 * name.length() + 18;
    }
    if (compact) {
      svg.append("<text x=\"").append(x).append("\" y=\"").append(y + 10).append("\" fill=\"#6b7280\">")
          .append("(compact rows: failed or lost bars keep the outcome colour)</text>\n");
    }
  }

  private static void grid(StringBuilder svg, Scale scale, int top, int bottom) {
    for (long tick : scale.ticks()) {
      String x = scale.x(scale.origin + tick);
      svg.append("<line class=\"grid\" x1=\"").append(x).append("\" y1=\"").append(top).append("\" x2=\"").append(x)
          .append("\" y2=\"").append(bottom).append("\" stroke=\"#e5e7eb\"/>\n");
    }
  }

  private static void nodeRow(StringBuilder svg, TimelineLayout.NodeRow row, Scale scale, int top, Rows geometry,
      int height, boolean shaded, long now, NodeNames nodes, org.sepyarn.am.status.FlowSteps steps,
      IntFunction<String> phaseTask) {
    if (shaded) {
      svg.append("<rect class=\"row\" x=\"0\" y=\"").append(top).append("\" width=\"").append(WIDTH)
          .append("\" height=\"").append(height).append("\" fill=\"#f3f4f6\" fill-opacity=\"0.6\"/>\n");
    }
    String label = nodes.shown(row.node(), MAX_LABEL_CHARS);
    svg.append("<text class=\"node\" x=\"").append(LABEL_WIDTH - 8).append("\" y=\"")
        .append(top + height / 2 + geometry.labelSize() / 3).append("\" font-size=\"").append(geometry.labelSize())
        .append("\" text-anchor=\"end\"><title>").append(Markup.escape(row.node())).append("</title>")
        .append(Markup.escape(label)).append("</text>\n");
    for (TimelineLayout.Bar bar : row.bars()) {
      int y = top + (height - row.laneCount() * geometry.lane()) / 2 + bar.lane() * geometry.lane()
          + (geometry.lane() - geometry.bar()) / 2;
      bar(svg, bar, scale, y, geometry.bar(), now, steps, phaseTask);
    }
  }

  private static void bar(StringBuilder svg, TimelineLayout.Bar bar, Scale scale, int y, int barHeight, long now,
      org.sepyarn.am.status.FlowSteps steps, IntFunction<String> phaseTask) {
    AttemptRow a = bar.attempt();
    double x = scale.position(a.startedAt());
    double width = Math.max(scale.position(a.endOr(now)) - x, 2);
    AttemptOutcome outcome = a.outcome();
    org.sepyarn.am.status.FlowSteps.Step step = steps.stepOf(a.task());
    svg.append("<rect class=\"attempt ").append(outcome.cssClass());
    if (step == null) {
      svg.append("\" x=\"").append(number(x)).append("\" y=\"").append(y).append("\" width=\"")
          .append(number(width)).append("\" height=\"").append(barHeight).append("\" rx=\"")
          .append(Math.min(2, barHeight / 2)).append("\" fill=\"").append(outcome.colour()).append("\"")
          .append(a.speculative() ? " stroke=\"#111827\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"" : "");
    } else if (barHeight < MIN_BAR_HEIGHT_FOR_OUTLINE) {
      // Too thin for an outline to leave the fill seen: the step's colour alone, but a failed or
      // not-charged attempt keeps its outcome's, so that failures still stand out.
      boolean ok = outcome == AttemptOutcome.SUCCEEDED || outcome == AttemptOutcome.RUNNING;
      svg.append(" step\" data-step=\"").append(Markup.escape(step.name())).append("\" x=\"").append(number(x))
          .append("\" y=\"").append(y).append("\" width=\"").append(number(width)).append("\" height=\"")
          .append(barHeight).append("\" fill=\"")
          .append(ok ? StepColours.of(steps.position(step.name())) : outcome.colour()).append("\"");
    } else {
      // The outline is drawn inside the bar's box, so that bars in neighbouring lanes do not touch.
      double stroke = 2;
      svg.append(" step\" data-step=\"").append(Markup.escape(step.name())).append("\" x=\"")
          .append(number(x + stroke / 2)).append("\" y=\"").append(number(y + stroke / 2)).append("\" width=\"")
          .append(number(Math.max(width - stroke, 1))).append("\" height=\"").append(number(barHeight - stroke))
          .append("\" rx=\"").append(Math.min(2, barHeight / 2)).append("\" fill=\"")
          .append(StepColours.of(steps.position(step.name()))).append("\" stroke=\"").append(outcome.colour())
          .append("\" stroke-width=\"").append(number(stroke)).append("\"")
          .append(a.speculative() ? " stroke-dasharray=\"3 2\"" : "");
    }
    svg.append("><title>").append(Markup.escape(tooltip(a, now, step, phaseTask.apply(a.task()))))
        .append("</title></rect>\n");
    if (width >= MIN_BAR_WIDTH_FOR_TEXT && barHeight >= 10) {
      svg.append("<text class=\"task\" x=\"").append(number(x + 3)).append("\" y=\"").append(y + barHeight - 2)
          .append("\" fill=\"#ffffff\" font-size=\"9\" pointer-events=\"none\">").append(a.task()).append("</text>\n");
    }
  }

  private static String tooltip(AttemptRow a, long now, org.sepyarn.am.status.FlowSteps.Step step, String phaseTask) {
    StringBuilder t = new StringBuilder();
    t.append("task ").append(a.task())
        .append(step == null ? "" : " (" + step.name() + " #" + (a.task() - step.firstTask()) + ")")
        .append(phaseTask == null ? "" : " (" + phaseTask + ")")
        .append(", ").append(a.speculative() ? "speculative " : "").append("attempt ")
        .append(a.number()).append(" on ").append(a.node())
        .append(" in ").append(a.containerId()).append(": ");
    if (a.isRunning()) {
      t.append("running for ").append(TimeText.duration(a.durationMillis(now)));
    } else {
      t.append(a.exitReason()).append(" after ").append(TimeText.duration(a.durationMillis(now)));
    }
    if (!a.diagnostics().isBlank()) {
      String d = a.diagnostics().strip();
      t.append('\n').append(d.length() > MAX_TOOLTIP_DIAGNOSTICS ? d.substring(0, MAX_TOOLTIP_DIAGNOSTICS) + "\u2026" : d);
    }
    return t.toString();
  }

  /**
   * What a job-wide task number past the job's tasks stands for in {@code view}: {@code scatter task
   * k} or {@code merge task k}; null for the job's tasks.
   */
  private static IntFunction<String> phaseTasks(JobView view) {
    int scatterFrom = view.tasks().size();
    int mergeFrom = view.firstMergeTask();
    return task -> task < scatterFrom ? null
        : task < mergeFrom ? "scatter task " + (task - scatterFrom)
        : task < mergeFrom + view.mergeTasks().size() ? "merge task " + (task - mergeFrom) : null;
  }

  /** An axis along {@code y}: its ticks and labels below the line for the bottom one, above it for the top one. */
  private static void axis(StringBuilder svg, Scale scale, int y, boolean bottom) {
    int direction = bottom ? 1 : -1;
    svg.append("<line class=\"axis\" x1=\"").append(LABEL_WIDTH).append("\" y1=\"").append(y).append("\" x2=\"")
        .append(LABEL_WIDTH + PLOT_WIDTH).append("\" y2=\"").append(y).append("\" stroke=\"#374151\"/>\n");
    for (long tick : scale.ticks()) {
      String x = scale.x(scale.origin + tick);
      svg.append("<line x1=\"").append(x).append("\" y1=\"").append(y).append("\" x2=\"").append(x)
          .append("\" y2=\"").append(y + 5 * direction).append("\" stroke=\"#374151\"/>")
          .append("<text class=\"tick\" x=\"").append(x).append("\" y=\"").append(bottom ? y + 17 : y - 8)
          .append("\" text-anchor=\"middle\">").append(TimeText.duration(tick)).append("</text>\n");
    }
    svg.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(bottom ? y + 17 : y - 8)
        .append("\" text-anchor=\"end\" fill=\"#6b7280\">elapsed</text>\n");
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /**
   * Maps times from {@code start} over {@code span} to x positions in the plot; the axis tells the
   * time elapsed since {@code origin}, the job's start, at or before {@code start}.
   */
  private record Scale(long origin, long start, long span) {
    /** The ticks, as times elapsed since the origin, at a round step within the plot. */
    List<Long> ticks() {
      long step = TimeAxis.step(span, MAX_TICK_INTERVALS);
      long from = start - origin;
      List<Long> ticks = new java.util.ArrayList<>();
      for (long t = (from + step - 1) / step * step; t <= from + span; t += step) {
        ticks.add(t);
      }
      return ticks;
    }

    double position(long time) {
      return LABEL_WIDTH + (double) (time - start) / span * PLOT_WIDTH;
    }

    String x(long time) {
      return number(position(time));
    }
  }

  private static List<AttemptRow> recent(List<AttemptRow> attempts) {
    if (attempts.size() <= MAX_ATTEMPTS) {
      return attempts;
    }
    return attempts.stream().sorted(java.util.Comparator.comparingLong(AttemptRow::startedAt).reversed())
        .limit(MAX_ATTEMPTS).toList();
  }
}
