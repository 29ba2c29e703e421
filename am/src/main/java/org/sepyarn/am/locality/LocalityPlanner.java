package org.sepyarn.am.locality;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.fs.BlockLocation;
import org.apache.hadoop.fs.Path;
import org.sepyarn.am.schedule.TaskPreference;
import org.sepyarn.formats.dataset.BinaryPart;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.dataset.WindowFootprint;
import org.sepyarn.formats.geometry.Window;
import org.sepyarn.runner.spec.FileRole;
import org.sepyarn.runner.spec.Plan;
import org.sepyarn.runner.spec.TaskFile;
import org.sepyarn.runner.spec.TaskSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each task's preferred hosts and racks: the hosts holding most of the bytes its inputs' windows
 * read (a copied input counts whole). Asks the file system once per binary file for its blocks
 * ({@link BlockSource}), then weighs each task's windows against them with interval arithmetic
 * ({@link WindowFootprint}, at most {@value #GROUPS_PER_WINDOW} ranges per window), so that the
 * cost grows with the number of tasks and files, not with the dataset's size. Files on a file
 * system that gives no locations (the local one) make no preference; a task reading only those
 * has none.
 */
public final class LocalityPlanner {
  private static final Logger LOG = LoggerFactory.getLogger(LocalityPlanner.class);
  /** Ranges each window is described by: enough to tell blocks apart, bounded for 100,000 tasks. */
  static final int GROUPS_PER_WINDOW = 64;

  /** Where a file's blocks are; empty when its file system does not say (the local one). */
  @FunctionalInterface
  public interface BlockSource {
    Optional<BlockLocation[]> locations(Path file, long length) throws IOException;
  }

  private LocalityPlanner() {
  }

  /**
   * The preference of every task of {@code plan}, in task order.
   *
   * @param inputs the input datasets, by the qualified header path the tasks' files name as source
   * @param blocks where each binary file's blocks are
   * @param hostNames brings the file system's host names to the form YARN's are compared in
   */
  public static List<TaskPreference> plan(Plan plan, Map<String, Dataset> inputs, BlockSource blocks,
      HostNames hostNames) throws IOException {
    return plan(plan.tasks().stream().map(TaskSpec::files).toList(), inputs, blocks, hostNames);
  }

  /**
   * The preference of every task whose files are {@code filesByTask}, in task order: as
   * {@link #plan(Plan, Map, BlockSource, HostNames)}, for tasks other than the plan's (scatter
   * tasks, whose slab is their input's window). An input read from the parts of a scatter makes no
   * preference: its bytes are not where the dataset's are.
   */
  public static List<TaskPreference> plan(List<List<TaskFile>> filesByTask, Map<String, Dataset> inputs,
      BlockSource blocks, HostNames hostNames) throws IOException {
    Map<Path, Optional<BlockMap>> maps = new HashMap<>();
    Map<String, WindowFootprint> footprints = new HashMap<>();
    for (Map.Entry<String, Dataset> e : inputs.entrySet()) {
      footprints.put(e.getKey(), WindowFootprint.of(e.getValue()));
      for (BinaryPart part : e.getValue().parts()) {
        if (!maps.containsKey(part.path())) {
          Optional<BlockLocation[]> located = blocks.locations(part.path(), part.offset() + part.length());
          maps.put(part.path(), located.isEmpty() ? Optional.empty()
              : Optional.of(BlockMap.of(located.get(), hostNames::canonical)));
        }
      }
    }
    Map<TaskPreference, TaskPreference> shared = new HashMap<>();
    List<TaskPreference> preferences = new ArrayList<>(filesByTask.size());
    int preferring = 0;
    for (List<TaskFile> files : filesByTask) {
      LocalityWeights weights = new LocalityWeights();
      for (TaskFile file : files) {
        WindowFootprint footprint = file.role() == FileRole.INPUT && file.scattered() == null
            ? footprints.get(file.source()) : null;
        if (footprint == null) {
          continue;
        }
        Window window = file.window() == null ? null : Window.parse(file.window());
        footprint.visit(window, GROUPS_PER_WINDOW, (path, position, length, density) ->
            maps.getOrDefault(path, Optional.empty()).ifPresent(m -> m.weigh(position, length, density, weights)));
      }
      TaskPreference preference = shared.computeIfAbsent(weights.preference(), p -> p);
      preferring += preference.isNone() ? 0 : 1;
      preferences.add(preference);
    }
    LOG.info("locality: {} of {} tasks prefer hosts, from the blocks of {} binary files", preferring,
        preferences.size(), maps.values().stream().filter(Optional::isPresent).count());
    return preferences;
  }
}
