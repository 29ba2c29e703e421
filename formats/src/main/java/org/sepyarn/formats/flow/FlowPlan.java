package org.sepyarn.formats.flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sepyarn.formats.job.FileSpec;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.formats.job.StepSpec;

/**
 * The steps of a job in order, each with its tasks and the intermediates it reads from earlier
 * steps (a job of one program is a flow of one step that reads none). Planned from the job alone:
 * which pieces a reading task needs follows from the two cuts; the windows within them, from
 * {@link PieceRouting} once the intermediate's shape is known.
 *
 * @param steps the steps, in the job's order, which runs each writer before its readers
 */
public record FlowPlan(List<StepPlan> steps) {
  public FlowPlan {
    steps = List.copyOf(steps);
  }

  /** The plan of a valid job (whose intermediates {@link JobSpec#parse} has checked). */
  public static FlowPlan of(JobSpec job) {
    Objects.requireNonNull(job, "job");
    List<StepSpec> steps = job.flowSteps();
    Map<String, int[]> writers = new HashMap<>();
    List<StepPlan> plans = new ArrayList<>();
    for (int s = 0; s < steps.size(); s++) {
      StepSpec step = steps.get(s);
      List<IntermediateRead> reads = new ArrayList<>();
      List<FileSpec> files = step.files();
      for (int f = 0; f < files.size(); f++) {
        FileSpec file = files.get(f);
        if (!file.isIntermediate() || !file.isInput()) {
          continue;
        }
        int[] w = writers.get(file.intermediateName());
        if (w == null) {
          throw new IllegalArgumentException("step " + step.name() + " reads @" + file.intermediateName()
              + ", which no earlier step writes");
        }
        StepSpec writer = steps.get(w[0]);
        FileSpec written = writer.files().get(w[1]);
        reads.add(new IntermediateRead(file.intermediateName(), w[0], w[1], writer.taskCount(), f, written, file,
            Routing.between(written.distribute(), writer.taskCount(), file.distribute(), step.taskCount())));
      }
      for (int f = 0; f < files.size(); f++) {
        if (files.get(f).isIntermediate() && files.get(f).isOutput()) {
          writers.put(files.get(f).intermediateName(), new int[] {s, f});
        }
      }
      plans.add(new StepPlan(s, step.name(), step.taskCount(), reads));
    }
    return new FlowPlan(plans);
  }

  /** The step named {@code name}. */
  public StepPlan step(String name) {
    return steps.stream().filter(s -> s.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no step is named " + name));
  }
}
