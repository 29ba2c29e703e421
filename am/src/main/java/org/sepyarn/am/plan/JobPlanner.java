package org.sepyarn.am.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.sepyarn.am.schedule.TaskPrerequisites;
import org.sepyarn.formats.flow.FlowPlan;
import org.sepyarn.formats.flow.FlowTasks;
import org.sepyarn.formats.flow.IntermediateRead;
import org.sepyarn.formats.flow.Routing;
import org.sepyarn.formats.flow.StepPlan;
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
import org.sepyarn.formats.job.StepSpec;
import org.sepyarn.runner.spec.PieceGather;
import org.sepyarn.runner.spec.FileRole;
import org.sepyarn.runner.spec.Plan;
import org.sepyarn.runner.spec.StepSettings;
import org.sepyarn.runner.spec.TaskFile;
import org.sepyarn.runner.spec.TaskSpec;

/**
 * Cuts a job into tasks as SEP's {@code Parallel} does: a split file into {@code nblock} blocks
 * along its axis, a patched file into overlapping patches, an irregular file into the header
 * records of its blocks (planned by the caller), a copy file whole to every task; and says how each
 * output is merged. A flow's steps are planned one after the other, their tasks and files numbered
 * job-wide ({@link FlowTasks}); a task that reads an intermediate takes its piece from the writing
 * task, or gathers its window from every piece, and waits for them ({@link TaskPrerequisites}).
 * Pure: the input shapes come from the caller.
 */
public final class JobPlanner {
  private JobPlanner() {
  }

  /**
   * Plans {@code job}: a job of one program, or a flow whose intermediates stay in the work
   * folder, read from there as {@code pieces} says.
   *
   * @param inputCubes the shape of every input dataset, by its path as the job writes it
   * @param irregular every irregular input's pieces, one per block in block order, by its path as
   *     the job writes it; a job that skips empty blocks has one task per block of
   *     {@link IrregularTasks#blocks} ({@link IrregularTasks#runnable})
   * @param qualify turns a path of the job into the URI runners open
   * @param pieces where the runners find the piece a task committed: (job-wide task number, local
   *     name) to a URI; only asked for a flow's pieces read one by one
   * @throws IllegalArgumentException when the job does not fit its inputs, or a patched output
   *     has no input patched the same way to take its grid from
   */
  public static JobPlan plan(JobSpec job, Map<String, Hypercube> inputCubes,
      Map<String, List<IrregularPiece>> irregular, UnaryOperator<String> qualify, PieceLocator pieces) {
    job.checkAgainst(inputCubes);
    FlowTasks numbering = FlowTasks.of(job);
    FlowPlan flow = FlowPlan.of(job);
    TaskPrerequisites.Builder prerequisites = TaskPrerequisites.builder(numbering.taskCount());
    List<TaskSpec> tasks = new ArrayList<>();
    List<OutputMerge> merges = new ArrayList<>();
    for (int s = 0; s < numbering.steps().size(); s++) {
      StepSpec step = numbering.steps().get(s);
      StepPlanning planning = new StepPlanning(job.isFlow(), s, step.job(), numbering, flow.steps().get(s), inputCubes,
          irregular, qualify, pieces, ownSettings(job, step.job()));
      merges.addAll(planning.merges());
      tasks.addAll(planning.tasks(prerequisites));
    }
    long timeout = job.taskTimeout().map(d -> d.toMillis()).orElse(0L);
    return new JobPlan(new Plan(job.name(), timeout, job.restart().args(), job.restart().checkpointArg(), tasks,
        runnerTasksPerContainer(job), job.stallTimeout().toMillis()), merges, prerequisites.build());
  }

  /**
   * The plan's {@code tasksPerContainer}, which tells each runner whether to ask for a next task
   * once its task committed (and to name its program logs after each attempt): the largest of any
   * step's, since a runner may run any step's task; the ApplicationMaster answers by the step's own.
   */
  static int runnerTasksPerContainer(JobSpec job) {
    return job.flowSteps().stream().mapToInt(step -> step.job().tasksPerContainer()).max().orElse(1);
  }

  /**
   * The timeouts and restart words a flow's step runs its tasks with, when they are not the job's
   * (which the plan's settings hold); null when they are.
   */
  static StepSettings ownSettings(JobSpec job, JobSpec step) {
    if (step.taskTimeout().equals(job.taskTimeout()) && step.stallTimeout().equals(job.stallTimeout())
        && step.restart().equals(job.restart())) {
      return null;
    }
    return new StepSettings(step.taskTimeout().map(d -> d.toMillis()).orElse(0L), step.stallTimeout().toMillis(),
        step.restart().args(), step.restart().checkpointArg());
  }

  /** Plans a job without irregular inputs. */
  public static JobPlan plan(JobSpec job, Map<String, Hypercube> inputCubes, UnaryOperator<String> qualify,
      PieceLocator pieces) {
    return plan(job, inputCubes, Map.of(), qualify, pieces);
  }

  /** Plans a job of one program, which reads no intermediate. */
  public static JobPlan plan(JobSpec job, Map<String, Hypercube> inputCubes,
      Map<String, List<IrregularPiece>> irregular, UnaryOperator<String> qualify) {
    return plan(job, inputCubes, irregular, qualify, (task, localName) -> {
      throw new IllegalStateException("job " + job.name() + " reads no intermediate piece");
    });
  }

  /** Plans a job of one program without irregular inputs. */
  public static JobPlan plan(JobSpec job, Map<String, Hypercube> inputCubes, UnaryOperator<String> qualify) {
    return plan(job, inputCubes, Map.of(), qualify);
  }

  /** Where the runners find a committed piece: a URI, from the job-wide task number and the piece's local name. */
  @FunctionalInterface
  public interface PieceLocator {
    String piece(int task, String localName);
  }

  /** The tasks and merges of one step of a flow (or of a job of one program). */
  private static final class StepPlanning {
    private final boolean flow;
    private final int stepIndex;
    private final JobSpec step;
    private final FlowTasks numbering;
    private final StepPlan plan;
    private final Map<String, Hypercube> inputCubes;
    private final Map<String, List<IrregularPiece>> irregular;
    private final UnaryOperator<String> qualify;
    private final PieceLocator pieces;
    private final int firstTask;
    private final int firstFile;
    private final StepSettings settings;

    StepPlanning(boolean flow, int stepIndex, JobSpec step, FlowTasks numbering, StepPlan plan,
        Map<String, Hypercube> inputCubes, Map<String, List<IrregularPiece>> irregular, UnaryOperator<String> qualify,
        PieceLocator pieces, StepSettings settings) {
      this.settings = settings;
      this.irregular = irregular;
      this.flow = flow;
      this.stepIndex = stepIndex;
      this.step = step;
      this.numbering = numbering;
      this.plan = plan;
      this.inputCubes = inputCubes;
      this.qualify = qualify;
      this.pieces = pieces;
      this.firstTask = numbering.firstTask(stepIndex);
      this.firstFile = numbering.firstFile(stepIndex);
    }

    private String localName(int f) {
      return LocalNames.of(firstFile + f, step.files().get(f).path());
    }

    List<OutputMerge> merges() {
      List<OutputMerge> merges = new ArrayList<>();
      List<FileSpec> files = step.files();
      for (int f = 0; f < files.size(); f++) {
        FileSpec file = files.get(f);
        if (file.isOutput() && (!file.isIntermediate() || file.isKept())) {
          // A kept intermediate is merged as this step's output of the dataset it is kept as; its
          // pieces are never joined in place, since later steps read them.
          FileSpec merged = file.isKept() ? file.keptDataset() : file;
          OutputMerge m = outputMerge(firstFile + f, merged, localName(f), step, inputCubes);
          merges.add(flow ? new OutputMerge(m.fileIndex(), m.path(), m.localName(), m.kind(), m.axis(), m.cube(),
              m.placements(), m.halo(), firstTask, step.taskCount()) : m);
        }
      }
      return merges;
    }

    List<TaskSpec> tasks(TaskPrerequisites.Builder prerequisites) {
      int taskCount = step.taskCount();
      List<FileSpec> files = step.files();
      List<List<Window>> windows = new ArrayList<>();
      for (FileSpec file : files) {
        windows.add(file.isInput() && !file.isIntermediate()
            ? inputWindows(file, inputCubes.get(file.path()), taskCount) : null);
      }
      List<Integer> blocks = IrregularTasks.blocks(step, irregular);
      if (blocks.size() != taskCount) {
        throw new IllegalArgumentException("job " + step.name() + " has " + taskCount + " tasks but its irregular"
            + " inputs have " + blocks.size() + " blocks to run");
      }
      Map<String, String> env = ThreadVariables.withThreads(step.program().env(), step.resources().vcores());
      List<TaskSpec> tasks = new ArrayList<>();
      for (int t = 0; t < taskCount; t++) {
        int task = firstTask + t;
        List<TaskFile> taskFiles = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) {
          FileSpec file = files.get(f);
          String localName = localName(f);
          if (file.isInput() && file.isIntermediate()) {
            taskFiles.add(intermediateInput(f, t, localName, prerequisites));
          } else if (file.distribute() instanceof Irregular) {
            taskFiles.add(TaskFile.irregularInput(file.tag().toString(), localName, qualify.apply(file.path()),
                IrregularTasks.input(irregular.get(file.path()).get(blocks.get(t)))));
          } else if (file.isInput()) {
            Window w = windows.get(f) == null ? null : windows.get(f).get(t);
            taskFiles.add(new TaskFile(file.tag().toString(), FileRole.INPUT, localName, qualify.apply(file.path()),
                w == null ? null : w.toString()));
          } else {
            TaskFile output = new TaskFile(file.tag().toString(), FileRole.OUTPUT, localName, null, null);
            taskFiles.add(!file.isIntermediate() && file.distribute() instanceof Split split
                ? output.joinedInto(qualify.apply(file.path()), split.axis()) : output);
          }
        }
        tasks.add(new TaskSpec(task, step.program().command(), step.program().args(), step.taskArgs(t), env,
            taskFiles, settings));
      }
      return tasks;
    }

    /** Task {@code t}'s read of the intermediate that is its file {@code f}: one piece, or gathered from all. */
    private TaskFile intermediateInput(int f, int t, String localName, TaskPrerequisites.Builder prerequisites) {
      IntermediateRead read = plan.reads().stream().filter(r -> r.readerFile() == f).findFirst().orElseThrow(
          () -> new IllegalStateException("step " + plan.name() + " reads file " + f + " but the flow's plan has no"
              + " read of it"));
      int writerFirst = numbering.firstTask(read.writerStep());
      String writerLocal = LocalNames.of(numbering.firstFile(read.writerStep()) + read.writerFile(),
          read.written().path());
      String tag = step.files().get(f).tag().toString();
      int task = firstTask + t;
      if (read.routing() == Routing.PIECE_BY_PIECE) {
        prerequisites.readsPieceOf(task, writerFirst + t);
        return new TaskFile(tag, FileRole.INPUT, localName, pieces.piece(writerFirst + t, writerLocal), null);
      }
      prerequisites.needs(task, writerFirst, writerFirst + read.writerTasks());
      return TaskFile.gathered(tag, localName, pieces.piece(writerFirst, writerLocal),
          new PieceGather(stepIndex, f, t, writerFirst, read.writerTasks(), writerLocal));
    }
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
      if (other.isInput() && !other.isIntermediate() && other.distribute() instanceof Patching p
          && p.sameCutAs(patching)) {
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
