package org.sepyarn.am.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.sepyarn.formats.geometry.AxisSplit;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.PatchGrid;
import org.sepyarn.formats.geometry.Window;
import org.sepyarn.formats.job.Copy;
import org.sepyarn.formats.irregular.IrregularPiece;
import org.sepyarn.formats.job.FileSpec;
import org.sepyarn.formats.job.Irregular;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.formats.job.PatchLayout;
import org.sepyarn.formats.job.Patching;
import org.sepyarn.formats.job.Split;
import org.sepyarn.runner.spec.FileRole;
import org.sepyarn.runner.spec.Plan;
import org.sepyarn.runner.spec.TaskFile;
import org.sepyarn.runner.spec.TaskSpec;

/**
 * Cuts a job into tasks as SEP's {@code Parallel} does: a split file into {@code nblock} blocks
 * along its axis, a patched file into overlapping patches, an irregular file into the header
 * records of its blocks (planned by the caller), a copy file whole to every task; and
 * says how each output is merged. Pure: the input shapes come from the caller.
 */
public final class JobPlanner {
  private JobPlanner() {
  }

  /**
   * Plans {@code job}.
   *
   * @param inputCubes the shape of every input, by its path as the job writes it
   * @param qualify turns a path of the job into the URI runners open
   * @throws IllegalArgumentException when the job does not fit its inputs, or a patched output
   *     has no input patched the same way to take its grid from
   */
  public static JobPlan plan(JobSpec job, Map<String, Hypercube> inputCubes, UnaryOperator<String> qualify) {
    return plan(job, inputCubes, Map.of(), qualify);
  }

  /**
   * Plans {@code job}, whose irregular inputs are cut into {@code irregular}'s pieces.
   *
   * @param job the job as it runs: when it skips empty blocks, one task per block of
   *     {@link IrregularTasks#blocks} ({@link IrregularTasks#runnable})
   * @param irregular every irregular input's pieces, one per block in block order, by its path as
   *     the job writes it
   */
  public static JobPlan plan(JobSpec job, Map<String, Hypercube> inputCubes, Map<String, List<IrregularPiece>> irregular,
      UnaryOperator<String> qualify) {
    job.checkAgainst(inputCubes);
    int taskCount = job.taskCount();
    List<Integer> blocks = IrregularTasks.blocks(job, irregular);
    if (blocks.size() != taskCount) {
      throw new IllegalArgumentException("job " + job.name() + " has " + taskCount + " tasks but its irregular inputs"
          + " have " + blocks.size() + " blocks to run");
    }
    List<FileSpec> files = job.files();
    List<List<Window>> windows = new ArrayList<>();
    List<OutputMerge> merges = new ArrayList<>();
    for (int f = 0; f < files.size(); f++) {
      FileSpec file = files.get(f);
      String localName = LocalNames.of(f, file.path());
      if (file.isInput()) {
        windows.add(inputWindows(file, inputCubes.get(file.path()), taskCount));
      } else {
        windows.add(null);
        merges.add(outputMerge(f, file, localName, job, inputCubes));
      }
    }
    Map<String, String> env = ThreadVariables.withThreads(job.program().env(), job.resources().vcores());
    List<TaskSpec> tasks = new ArrayList<>();
    for (int t = 0; t < taskCount; t++) {
      List<TaskFile> taskFiles = new ArrayList<>();
      for (int f = 0; f < files.size(); f++) {
        FileSpec file = files.get(f);
        String localName = LocalNames.of(f, file.path());
        if (file.distribute() instanceof Irregular) {
          taskFiles.add(TaskFile.irregularInput(file.tag().toString(), localName, qualify.apply(file.path()),
              IrregularTasks.input(irregular.get(file.path()).get(blocks.get(t)))));
        } else if (file.isInput()) {
          Window w = windows.get(f) == null ? null : windows.get(f).get(t);
          taskFiles.add(new TaskFile(file.tag().toString(), FileRole.INPUT, localName, qualify.apply(file.path()),
              w == null ? null : w.toString()));
        } else {
          TaskFile output = new TaskFile(file.tag().toString(), FileRole.OUTPUT, localName, null, null);
          taskFiles.add(file.distribute() instanceof Split split
              ? output.joinedInto(qualify.apply(file.path()), split.axis()) : output);
        }
      }
      tasks.add(new TaskSpec(t, job.program().command(), job.program().args(), job.taskArgs(t), env, taskFiles));
    }
    long timeout = job.taskTimeout().map(d -> d.toMillis()).orElse(0L);
    return new JobPlan(new Plan(job.name(), timeout, job.restart().args(), job.restart().checkpointArg(), tasks,
        job.tasksPerContainer(), job.stallTimeout().toMillis()),
        merges);
  }

  /** Each task's window of an input, or null when every task gets it whole. */
  private static List<Window> inputWindows(FileSpec file, Hypercube cube, int taskCount) {
    if (file.distribute() instanceof Copy || file.distribute() instanceof Irregular) {
      return null;
    }
    if (file.distribute() instanceof Split split) {
      return AxisSplit.of(cube, split.axis(), taskCount).pieces().stream().map(p -> p.window()).toList();
    }
    return grid(cube, (Patching) file.distribute()).outerWindows();
  }

  private static OutputMerge outputMerge(int f, FileSpec file, String localName, JobSpec job,
      Map<String, Hypercube> inputCubes) {
    if (file.distribute() instanceof Copy) {
      return new OutputMerge(f, file.path(), localName, OutputMerge.Kind.SUM, 0, null, null);
    }
    if (file.distribute() instanceof Split split) {
      return new OutputMerge(f, file.path(), localName, OutputMerge.Kind.CONCATENATE, split.axis(), null, null);
    }
    Patching patching = (Patching) file.distribute();
    for (FileSpec other : job.files()) {
      if (other.isInput() && other.distribute() instanceof Patching p && p.sameCutAs(patching)) {
        Hypercube cube = inputCubes.get(other.path());
        List<Integer> halo = new ArrayList<>();
        for (int k = 1; k <= cube.rank(); k++) {
          halo.add(patching.haloOn(k));
        }
        return new OutputMerge(f, file.path(), localName, OutputMerge.Kind.BLEND, 0, cube,
            grid(cube, patching).outerWindows(), halo);
      }
    }
    throw new IllegalArgumentException("files[" + f + "].distribute: the patched output " + file.path()
        + " needs an input patched the same way, whose grid it takes; none is");
  }

  /** The patches a patching cuts a cube into, numbered with the first listed axis fastest. */
  public static PatchGrid grid(Hypercube cube, Patching patching) {
    return PatchLayout.grid(cube, patching);
  }

}
