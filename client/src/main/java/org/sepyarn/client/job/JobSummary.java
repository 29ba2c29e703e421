package org.sepyarn.client.job;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sepyarn.am.plan.LocalNames;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.job.BlockPatch;
import org.sepyarn.formats.job.Copy;
import org.sepyarn.formats.job.Distribution;
import org.sepyarn.formats.job.FileSpec;
import org.sepyarn.formats.job.FileTag;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.formats.job.PatchLayout;
import org.sepyarn.formats.job.Patching;
import org.sepyarn.formats.job.Split;
import org.sepyarn.formats.job.WindowPatch;

/**
 * A short account of a checked job for {@code sepyarn validate}: the number of tasks, the
 * command line a task runs, and each file with where it is, how it is cut and into how many
 * pieces; for a patched file, each patch's window, overlap and halo.
 */
public final class JobSummary {
  /** The most patches listed per file. */
  static final int MOST_PATCHES = 32;
  private static final String WORK_FOLDER = "$PWD/";

  private JobSummary() {
  }

  private static String percent(double share) {
    return Math.round(share * 1000) / 10.0 + "%";
  }

  public static void print(CheckedJob checked, PrintStream out) {
    JobSpec job = checked.job();
    int tasks = job.taskCount();
    int vcores = job.resources().vcores();
    out.println("job " + job.name() + ": " + tasks + (tasks == 1 ? " task" : " tasks") + ", queue " + job.queue()
        + ", " + job.resources().memoryMiB() + " MiB and " + vcores + (vcores == 1 ? " vcore" : " vcores") + " each"
        + (job.tasksPerContainer() > 1 ? ", up to " + job.tasksPerContainer() + " tasks to a container" : ""));
    if (job.speculation().enabled()) {
      out.println("  stragglers get a speculative attempt on another node once " + percent(job.speculation().quantile())
          + " of the tasks succeeded, when expected to take over " + job.speculation().multiplier()
          + " times the median and after running " + org.sepyarn.formats.job.Durations.format(
              job.speculation().minRuntime()));
    }
    out.println("  task 0 runs: " + commandLine(checked));
    out.println("  (in the task's working folder $PWD, where each file has the name shown)");
    if (!job.program().env().isEmpty()) {
      out.println("  with environment " + environment(job));
    }
    if (!job.program().archives().isEmpty()) {
      out.println("  archives unpacked in $PWD: " + String.join(", ", job.program().archives().stream()
          .map(uri -> org.sepyarn.formats.job.ProgramSpec.localName(uri) + "/ from " + uri).toList()));
    }
    job.program().container().ifPresent(c -> out.println("  in the Docker image " + c.image()));
    job.nodeLabel().ifPresent(label -> out.println("  on nodes labelled " + label));
    if (!job.taskArgs(0).isEmpty() || tasks > 1 && !job.taskArgs(tasks - 1).isEmpty()) {
      out.println("  (each task adds its own arguments from \"tasks\")");
    }
    for (CheckedFile f : checked.files()) {
      FileSpec spec = f.spec();
      out.printf("  %-9s %-6s %-6s %s%s%n", f.field(), spec.tag(), spec.usage().jsonName(), f.path(),
          f.dataset().map(JobSummary::shape).orElse(""));
      out.println("            " + describe(spec, tasks, f.dataset().orElse(null)));
      if (spec.distribute() instanceof Patching patching) {
        cutLike(checked, patching).ifPresent(cube -> PatchLayout.describe(cube, patching, MOST_PATCHES)
            .forEach(line -> out.println("              " + line)));
      }
    }
  }

  /** The shape of an input cut into the same patches as {@code patching}, when its header was read. */
  private static java.util.Optional<org.sepyarn.formats.geometry.Hypercube> cutLike(CheckedJob checked,
      Patching patching) {
    for (CheckedFile f : checked.files()) {
      if (f.spec().isInput() && f.spec().distribute() instanceof Patching p && p.sameCutAs(patching)
          && f.dataset().isPresent()) {
        return java.util.Optional.of(f.dataset().get().cube());
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * Task 0's command line as its program gets it, each file by the name it has in the task's
   * working folder ({@link LocalNames}), shown under {@code $PWD}.
   */
  static String commandLine(CheckedJob checked) {
    JobSpec job = checked.job();
    List<String> words = new ArrayList<>(job.program().command());
    words.addAll(job.program().shown(job.program().args()));
    words.addAll(job.program().shown(job.taskArgs(0)));
    String stdin = "";
    String stdout = "";
    SortedMap<Integer, String> positional = new TreeMap<>();
    for (CheckedFile f : checked.files()) {
      FileTag tag = f.spec().tag();
      String name = LocalNames.of(f.index(), f.spec().path());
      if (tag.kind() == FileTag.Kind.STDIN) {
        stdin = " < " + name;
      } else if (tag.kind() == FileTag.Kind.STDOUT) {
        stdout = " > " + name;
      } else if (tag.kind() == FileTag.Kind.POSITIONAL) {
        positional.put(tag.position(), WORK_FOLDER + name);
      } else {
        words.add(tag + WORK_FOLDER + name);
      }
    }
    words.addAll(positional.values());
    return String.join(" ", words) + stdin + stdout;
  }

  /** The program's environment as it may be shown: {@code program.secretEnv}'s values as {@code ***}. */
  static String environment(JobSpec job) {
    return String.join(" ", job.program().shownEnv().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .toList());
  }

  private static String shape(Dataset d) {
    return "   (" + d.cube() + ", " + d.format().name() + ", " + d.byteCount() + " bytes)";
  }

  static String describe(FileSpec spec, int tasks, Dataset dataset) {
    Distribution d = spec.distribute();
    boolean input = spec.isInput();
    if (d instanceof Split split) {
      String axis = dataset == null ? "axis " + split.axis()
          : "axis " + split.axis() + " (n" + split.axis() + "=" + dataset.cube().n(split.axis()) + ")";
      return input ? "split along " + axis + " into " + pieces(tasks) + ", one per task"
          : "split along " + axis + ": " + pieces(tasks) + ", concatenated in task order";
    }
    if (d instanceof org.sepyarn.formats.job.Irregular irregular) {
      return "irregular: " + irregular.describeCount() + ", overlap " + irregular.overlap()
          + (irregular.overGrid() ? " cells" : " in the keys' units") + ", each task's traces a local SEP3D dataset"
          + (irregular.empty() == org.sepyarn.formats.job.Irregular.EmptyBlocks.SKIP
          ? "; blocks without traces get no task" : "; blocks without traces run on a dataset of no traces");
    }
    if (d instanceof BlockPatch p) {
      String text = "patch: blocks " + p.blocks() + ", overlap " + p.overlap()
          + (p.hasHalo() ? ", halo " + p.halo() : "") + " on axes " + p.axes() + ": " + pieces(p.patchCount());
      return input ? text : text + ", blended with a triangle taper";
    }
    if (d instanceof WindowPatch p) {
      String text = "patch: windows of " + p.size() + " samples, " + p.count() + " along axes " + p.axes() + ": "
          + pieces(p.patchCount());
      return input ? text : text + ", blended with a triangle taper";
    }
    if (d instanceof Copy) {
      return input ? "copy: the whole dataset to every task (1 piece)"
          : "copy: every task writes it whole, and the job's output is their sum (" + pieces(tasks) + ")";
    }
    throw new IllegalStateException("unknown distribution " + d);
  }

  private static String pieces(int n) {
    return n + (n == 1 ? " piece" : " pieces");
  }
}
