package org.sepyarn.formats.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.sepyarn.formats.job.Copy;
import org.sepyarn.formats.job.Distribution;
import org.sepyarn.formats.job.Patching;
import org.sepyarn.formats.job.Split;

/**
 * A flow's plan for people, as {@code sepyarn validate} prints it: one line per intermediate a
 * step reads, from the writing step through the intermediate's pieces to the reading step, e.g.
 * {@code step scale (4 tasks) -> @scaled (split axis 2, 4 pieces) -> step smooth (4 tasks, piece i
 * from task i)}, then when each step's tasks may start.
 */
public final class FlowDescription {
  private FlowDescription() {
  }

  public static List<String> lines(FlowPlan plan) {
    List<String> lines = new ArrayList<>();
    List<StepPlan> steps = plan.steps();
    lines.add("flow of " + steps.size() + (steps.size() == 1 ? " step: " : " steps: ") + names(steps));
    for (StepPlan step : steps) {
      for (IntermediateRead r : step.reads()) {
        StepPlan writer = steps.get(r.writerStep());
        lines.add("  step " + writer.name() + " (" + tasks(writer.taskCount()) + ") -> @" + r.intermediate() + " ("
            + written(r.written().distribute()) + ", " + r.writerTasks() + (r.writerTasks() == 1 ? " piece" : " pieces")
            + ") -> step " + step.name() + " (" + tasks(step.taskCount()) + ", " + how(r) + ")");
      }
    }
    for (StepPlan step : steps) {
      lines.add("  step " + step.name() + ": " + start(step, steps));
    }
    return lines;
  }

  private static String names(List<StepPlan> steps) {
    StringJoiner joiner = new StringJoiner(", ");
    steps.forEach(s -> joiner.add(s.name()));
    return joiner.toString();
  }

  private static String start(StepPlan step, List<StepPlan> steps) {
    if (step.startsAtOnce()) {
      return "starts with the job";
    }
    if (step.pipelined()) {
      return "task i starts as soon as piece i of what it reads is committed";
    }
    List<String> whole = step.waitsForWhole().stream().map(s -> steps.get(s).name()).toList();
    String named = whole.size() == 1 ? "step " + whole.get(0)
        : "steps " + String.join(", ", whole.subList(0, whole.size() - 1)) + " and " + whole.get(whole.size() - 1);
    return "starts once every task of " + named + " has committed (it reads all their pieces)";
  }

  private static String how(IntermediateRead r) {
    String pieces = "all " + r.writerTasks() + (r.writerTasks() == 1 ? " piece" : " pieces");
    return switch (r.routing()) {
      case PIECE_BY_PIECE -> "piece i from task i";
      case REDISTRIBUTED -> read(r.read().distribute()) + ": windows from " + pieces;
      case SUMMED -> read(r.read().distribute()) + ": the sum of " + pieces;
    };
  }

  private static String written(Distribution d) {
    return d instanceof Copy ? "summed copy" : cut(d);
  }

  private static String read(Distribution d) {
    return d instanceof Copy ? "whole" : cut(d);
  }

  private static String cut(Distribution d) {
    if (d instanceof Split split) {
      return "split axis " + split.axis();
    }
    if (d instanceof org.sepyarn.formats.job.Irregular irregular) {
      return "irregular " + irregular.describeCount();
    }
    Patching p = (Patching) d;
    StringJoiner counts = new StringJoiner("x");
    p.patchesPerAxis().forEach(c -> counts.add(Integer.toString(c)));
    StringJoiner axes = new StringJoiner(",");
    p.axes().forEach(a -> axes.add(Integer.toString(a)));
    return "patches " + counts + " on axes " + axes;
  }

  private static String tasks(int n) {
    return n + (n == 1 ? " task" : " tasks");
  }
}
