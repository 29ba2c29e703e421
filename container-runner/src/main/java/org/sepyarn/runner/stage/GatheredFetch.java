package org.sepyarn.runner.stage;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.dataset.DatasetWriter;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.flow.FlowPlan;
import org.sepyarn.formats.flow.GatheredIntermediate;
import org.sepyarn.formats.flow.IntermediateRead;
import org.sepyarn.formats.flow.PatchedSource;
import org.sepyarn.formats.flow.PieceRouting;
import org.sepyarn.formats.flow.StepPlan;
import org.sepyarn.formats.flow.WrittenPieces;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.formats.job.Patching;
import org.sepyarn.formats.job.StepSpec;
import org.sepyarn.formats.merge.SampleSum;
import org.sepyarn.formats.merge.SlabPlan;
import org.sepyarn.runner.merge.PieceSource;
import org.sepyarn.runner.spec.PieceGather;
import org.sepyarn.runner.spec.TaskFile;
import org.sepyarn.runner.spec.WorkLayout;

/**
 * Fetches an input of a flow's task that comes from every piece of an intermediate (a
 * redistribution, or a sum): learns from the job which step wrote it and how both steps cut it,
 * the intermediate's shape from the pieces' headers, then writes this task's window of it as a
 * local dataset, slab by slab, each sample read from the piece that owns it (or summed over every
 * piece). Its header's history is piece 0's with a section naming the pieces and the window.
 */
final class GatheredFetch {
  /** The most bytes one slab of the local dataset takes in memory, its sums included. */
  static final int SLAB_BYTES = 4 << 20;

  private GatheredFetch() {
  }

  static void fetch(TaskContext ctx, TaskFile f, FileSystem local, Path target) throws IOException {
    fetch(ctx, f, local, target, SLAB_BYTES);
  }

  /** As {@link #fetch(TaskContext, TaskFile, FileSystem, Path)}, in slabs of at most {@code slabBytes}. */
  static void fetch(TaskContext ctx, TaskFile f, FileSystem local, Path target, int slabBytes) throws IOException {
    PieceGather gather = f.gather();
    JobSpec job = readJob(ctx);
    List<StepSpec> steps = job.flowSteps();
    FlowPlan plan = FlowPlan.of(job);
    IntermediateRead read = readOf(plan, gather);
    StepPlan reader = plan.steps().get(gather.readerStep());
    String name = "@" + read.intermediate();
    String writer = steps.get(read.writerStep()).name();
    List<PieceSource> pieces = openPieces(ctx, gather, name, writer);
    try {
      List<Hypercube> cubes = new ArrayList<>();
      pieces.forEach(p -> cubes.add(p.cube()));
      WrittenPieces written;
      try {
        written = WrittenPieces.fromPieces(read.written().distribute(), cubes, patchedInput(ctx, steps, read, name));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("the pieces of " + name + " that step " + writer + " wrote do not fit"
            + " together: " + e.getMessage(), e);
      }
      GatheredIntermediate whole = GatheredIntermediate.of(written, pieces);
      Window window = PieceRouting.readWindows(written.whole(), read.read().distribute(), reader.taskCount())
          .get(gather.readerTask());
      write(whole, window, pieces.get(0).dataset(), f, gather, local, target, slabBytes);
    } finally {
      for (PieceSource p : pieces) {
        p.close();
      }
    }
  }

  private static JobSpec readJob(TaskContext ctx) throws IOException {
    Path path = ctx.work().job();
    FileSystem fs = path.getFileSystem(ctx.conf());
    try (InputStream in = fs.open(path)) {
      return JobSpec.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), path.toString());
    } catch (FileNotFoundException e) {
      throw new FileNotFoundException("the job description " + path + " is missing from the work folder: it tells"
          + " which step wrote the intermediate and how");
    }
  }

  private static IntermediateRead readOf(FlowPlan plan, PieceGather gather) {
    if (gather.readerStep() >= plan.steps().size()) {
      throw new IllegalArgumentException("the task reads for step " + gather.readerStep() + " but the job has "
          + plan.steps().size() + " steps: the plan and the job's description disagree");
    }
    StepPlan step = plan.steps().get(gather.readerStep());
    IntermediateRead read = step.reads().stream().filter(r -> r.readerFile() == gather.readerFile()).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("file " + gather.readerFile() + " of step " + step.name()
            + " is not an intermediate written by an earlier step: the plan and the job's description disagree"));
    if (read.writerTasks() != gather.writerTasks()) {
      throw new IllegalArgumentException("the plan gathers @" + read.intermediate() + " from " + gather.writerTasks()
          + " pieces but its writing step has " + read.writerTasks() + " tasks");
    }
    if (gather.readerTask() >= step.taskCount()) {
      throw new IllegalArgumentException("task " + gather.readerTask() + " of step " + step.name() + ", which has "
          + step.taskCount() + " tasks");
    }
    return read;
  }

  private static List<PieceSource> openPieces(TaskContext ctx, PieceGather gather, String name, String writer)
      throws IOException {
    WorkLayout work = ctx.work();
    FileSystem fs = work.root().getFileSystem(ctx.conf());
    boolean keepOpen = PieceSource.keepOpen(gather.writerTasks());
    List<PieceSource> pieces = new ArrayList<>();
    for (int p = 0; p < gather.writerTasks(); p++) {
      int task = gather.writerFirstTask() + p;
      Path header = work.piece(task, gather.writerLocalName());
      if (!fs.exists(header)) {
        throw new FileNotFoundException("piece " + p + " of " + name + " is missing: step " + writer + "'s task " + p
            + " (job task " + task + ") has no committed " + header + "; that task must run again");
      }
      pieces.add(new PieceSource(Dataset.open(header, ctx.conf()), ctx.conf(), keepOpen));
    }
    return pieces;
  }

  /** The shape of the writing step's input patched as the intermediate is, for an intermediate written in patches. */
  private static Hypercube patchedInput(TaskContext ctx, List<StepSpec> steps, IntermediateRead read, String name)
      throws IOException {
    if (!(read.written().distribute() instanceof Patching patching)) {
      return null;
    }
    String writer = steps.get(read.writerStep()).name();
    String dataset = PatchedSource.datasetFor(steps, read.writerStep(), patching).orElseThrow(
        () -> new IllegalArgumentException(name + " is written in patches along axes " + patching.axes() + " by step "
            + writer + ", but none of that step's inputs patched the same way is a dataset, or an intermediate"
            + " written in patches from one, whose header gives its extent along those axes; patch a dataset input"
            + " of step " + writer + " the same way"));
    return Dataset.open(new Path(dataset), ctx.conf()).cube();
  }

  private static void write(GatheredIntermediate whole, Window window, Dataset first, TaskFile f, PieceGather gather,
      FileSystem local, Path target, int slabBytes) throws IOException {
    ElementFormat format = whole.format();
    int perSample = whole.written().summed() ? SampleSum.bytesPerSample(format) : format.esize();
    SlabPlan slabs = SlabPlan.over(window, Math.max(1, slabBytes / perSample));
    Map<String, String> params = new LinkedHashMap<>();
    params.put("sepyarn_source", f.source());
    params.put("sepyarn_pieces", (whole.written().summed() ? "the sum of " : "") + "tasks " + gather.writerFirstTask()
        + " to " + (gather.writerFirstTask() + gather.writerTasks() - 1) + " " + gather.writerLocalName());
    params.put("sepyarn_window", window.toString());
    try (DatasetWriter writer = DatasetWriter.to(local, target, whole.cube().window(window), format)
        .program("sepyarn-fetch")
        .appendTo(first.history())
        .parameters(params)
        .overwrite(true)
        .open()) {
      byte[] buffer = new byte[slabs.slabSamples() * format.esize()];
      for (Window slab : slabs) {
        whole.readWindow(slab, buffer, 0);
        writer.binary().write(buffer, 0, (int) slab.elementCount() * format.esize());
      }
      writer.commit();
    }
  }
}
