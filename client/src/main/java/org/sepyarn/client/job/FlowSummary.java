package org.sepyarn.client.job;

import java.io.PrintStream;
import java.util.List;
import org.sepyarn.formats.flow.FlowDescription;
import org.sepyarn.formats.flow.FlowPlan;
import org.sepyarn.formats.job.Distribution;
import org.sepyarn.formats.job.FileSpec;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.formats.job.Patching;
import org.sepyarn.formats.job.Split;
import org.sepyarn.formats.job.StepSpec;

/**
 * A short account of a checked flow for {@code sepyarn validate}: each step with its tasks,
 * program and files, then the graph of steps through the pieces of their intermediates.
 */
public final class FlowSummary {
  private FlowSummary() {
  }

  /**
   * How an intermediate is written: in pieces that stay apart, one per task, merged only into the
   * dataset it is kept as, if any.
   */
  private static String written(FileSpec spec, int tasks) {
    String account = pieces(spec, tasks);
    if (!spec.isKept()) {
      return account;
    }
    return account.contains("never merged") ? account.replace("never merged", "merged only into its kept dataset")
        : account + ", and its kept dataset is their sum";
  }

  private static String pieces(FileSpec spec, int tasks) {
    Distribution d = spec.distribute();
    String pieces = tasks + (tasks == 1 ? " piece" : " pieces");
    if (d instanceof Split split) {
      return "split along axis " + split.axis() + ": " + pieces + ", one per task, never merged";
    }
    if (d instanceof Patching patching) {
      return "patch on axes " + patching.axes() + ": " + pieces + ", one per task, never merged";
    }
    return "copy: every task writes it whole, and its readers add the " + pieces;
  }

  public static void print(CheckedFlow checked, PrintStream out) {
    JobSpec flow = checked.job();
    out.println("flow " + flow.name() + ": " + flow.steps().size() + " steps, queue " + flow.queue());
    for (CheckedStep c : checked.steps()) {
      JobSpec job = c.step().job();
      int tasks = job.taskCount();
      int vcores = job.resources().vcores();
      out.println("  step " + c.step().name() + " (steps[" + c.index() + "]): " + tasks + (tasks == 1 ? " task" : " tasks")
          + ", " + job.resources().memoryMiB() + " MiB and " + vcores + (vcores == 1 ? " vcore" : " vcores") + " each,"
          + " runs " + String.join(" ", job.program().command()) + (job.program().args().isEmpty() ? ""
          : " " + String.join(" ", job.program().shown(job.program().args()))));
      List<FileSpec> files = job.files();
      for (int i = 0; i < files.size(); i++) {
        FileSpec spec = files.get(i);
        int index = i;
        CheckedFile dataset = c.datasets().stream().filter(f -> f.index() == index).findFirst().orElse(null);
        String where = spec.isIntermediate() ? spec.path() + "   (intermediate, kept in pieces in the work folder"
            + (dataset == null ? ")" : ", and merged into " + dataset.path() + " when the job succeeds)")
            : dataset.path() + dataset.dataset().map(d -> "   (" + d.cube() + ", " + d.format().name() + ")").orElse("");
        out.printf("    files[%d] %-6s %-6s %s%n", i, spec.tag(), spec.usage().jsonName(), where);
        out.println("              " + (spec.isIntermediate() && spec.isOutput() ? written(spec, tasks)
            : JobSummary.describe(spec, tasks, dataset == null ? null : dataset.dataset().orElse(null))));
      }
    }
    FlowDescription.lines(FlowPlan.of(flow)).forEach(out::println);
    int tasks = flow.steps().stream().mapToInt(StepSpec::taskCount).sum();
    out.println("submit runs it as one application of " + tasks + " tasks; the intermediates stay in the work"
        + " folder and are deleted when the job succeeds");
  }
}
