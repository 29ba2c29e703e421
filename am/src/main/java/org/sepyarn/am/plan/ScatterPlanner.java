package org.sepyarn.am.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.geometry.Window;
import org.sepyarn.formats.scatter.ScatterLayout;
import org.sepyarn.formats.scatter.ScatterRule;
import org.sepyarn.runner.spec.FileRole;
import org.sepyarn.runner.spec.Plan;
import org.sepyarn.runner.spec.ScatterPart;
import org.sepyarn.runner.spec.ScatterPlan;
import org.sepyarn.runner.spec.ScatterTaskSpec;
import org.sepyarn.runner.spec.ScatteredInput;
import org.sepyarn.runner.spec.TaskFile;
import org.sepyarn.runner.spec.TaskSpec;

/**
 * Chooses the inputs to scatter before the tasks run ({@link ScatterRule}) and plans their scatter
 * tasks: for each such input, one scatter task per slab of {@link ScatterLayout}, numbered after the
 * job's tasks, each writing part {@code part-T} for every task {@code T} reading some of its slab;
 * and rewrites those tasks' files to read their parts ({@link ScatteredInput}). An input is one file
 * of the job (its local name), read in a window by each of its tasks, from a regular dataset: inputs
 * copied whole, gathered from intermediates or cut by header keys are read as before. Pure.
 */
public final class ScatterPlanner {
  /** The plan with scattered inputs, and the scatter tasks. */
  public record Scattering(Plan tasks, ScatterPlan scatters) {
  }

  private record Reader(int task, int file) {
  }

  private ScatterPlanner() {
  }

  /**
   * @param datasets the input datasets, by the qualified header path the tasks' files name as source
   */
  public static Scattering plan(Plan plan, Map<String, Dataset> datasets, ScatterRule rule) {
    int taskCount = plan.tasks().size();
    Map<String, List<Reader>> byFile = new LinkedHashMap<>();
    for (TaskSpec task : plan.tasks()) {
      for (int i = 0; i < task.files().size(); i++) {
        TaskFile f = task.files().get(i);
        if (f.role() == FileRole.INPUT && f.window() != null && f.gather() == null && f.irregular() == null
            && datasets.containsKey(f.source())) {
          byFile.computeIfAbsent(f.localName(), n -> new ArrayList<>()).add(new Reader(task.index(), i));
        }
      }
    }
    List<List<TaskFile>> files = new ArrayList<>();
    plan.tasks().forEach(t -> files.add(new ArrayList<>(t.files())));
    List<ScatterTaskSpec> scatters = new ArrayList<>();
    for (List<Reader> readers : byFile.values()) {
      TaskFile first = file(plan, readers.get(0));
      Dataset dataset = datasets.get(first.source());
      int esize = dataset.format().esize();
      List<Window> windows = readers.stream().map(r -> Window.parse(file(plan, r).window())).toList();
      if (!rule.scatters(dataset.cube(), esize, windows)) {
        continue;
      }
      ScatterLayout layout = ScatterLayout.of(dataset.cube(), esize, windows, rule.bytesPerTask());
      int firstNumber = scatters.size();
      List<List<ScatterLayout.Part>> bySlab = layout.partsBySlab();
      for (int k = 0; k < bySlab.size(); k++) {
        List<ScatterPart> parts = bySlab.get(k).stream()
            .map(p -> new ScatterPart(partName(readers.get(p.reader()).task()), p.window().toString())).toList();
        scatters.add(new ScatterTaskSpec(firstNumber + k, first.source(), layout.slabs().get(k).toString(), parts));
      }
      for (int r = 0; r < readers.size(); r++) {
        Reader reader = readers.get(r);
        List<Integer> holding = layout.slabsOf(r).stream().map(k -> taskCount + firstNumber + k).toList();
        files.get(reader.task()).set(reader.file(),
            file(plan, reader).scatteredFrom(new ScatteredInput(holding, partName(reader.task()))));
      }
    }
    if (scatters.isEmpty()) {
      return new Scattering(plan, ScatterPlan.none(taskCount));
    }
    List<TaskSpec> tasks = new ArrayList<>(taskCount);
    for (TaskSpec t : plan.tasks()) {
      tasks.add(new TaskSpec(t.index(), t.command(), t.args(), t.taskArgs(), t.env(), files.get(t.index()), t.step()));
    }
    return new Scattering(new Plan(plan.jobName(), plan.taskTimeoutMillis(), plan.restartArgs(), plan.checkpointArg(),
        tasks, plan.tasksPerContainer(), plan.stallTimeoutMillis()), new ScatterPlan(taskCount, scatters));
  }

  /** The name of task {@code task}'s part in a scatter task's pieces. */
  static String partName(int task) {
    return "part-" + task;
  }

  private static TaskFile file(Plan plan, Reader r) {
    return plan.tasks().get(r.task()).files().get(r.file());
  }
}
