package org.sepyarn.formats.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Settles the number of tasks: every patched file implies the product of its patch counts, a
 * number or list in {@code tasks} gives it, and all of them must agree. Files that failed to
 * parse are null entries and are skipped.
 */
final class TaskCounts {
  private TaskCounts() {
  }

  /**
   * The job's tasks: {@code given} if it agrees with every patched file, otherwise the count the
   * patched files agree on; reports at {@code tasks} and returns empty when nothing settles it.
   */
  static Optional<TaskList> resolve(List<FileSpec> files, Optional<TaskList> given, Problems tasksAt) {
    List<Integer> patched = patchedFiles(files);
    if (given.isPresent()) {
      checkAgreement(files, given.get(), tasksAt);
      return given;
    }
    if (patched.isEmpty()) {
      if (files.stream().allMatch(Objects::nonNull)) {
        tasksAt.add("missing, and no patched file implies a number of tasks: give a number of tasks or a list"
            + " of per-task argument lists, e.g. 16 or [[\"shot=1\"], [\"shot=2\"]]" + splitNote(files));
      }
      return Optional.empty();
    }
    int first = patchCount(files, patched.get(0));
    for (int i : patched) {
      if (patchCount(files, i) != first) {
        tasksAt.add("missing, and the patched files imply different numbers of tasks: "
            + describeAll(files, patched) + "; make them agree");
        return Optional.empty();
      }
    }
    return Optional.of(new TaskList.Count(first));
  }

  /** Reports at {@code tasks} when a patched file implies another number of tasks. */
  static void checkAgreement(List<FileSpec> files, TaskList tasks, Problems tasksAt) {
    List<Integer> disagreeing = new ArrayList<>();
    for (int i : patchedFiles(files)) {
      if (patchCount(files, i) != tasks.count()) {
        disagreeing.add(i);
      }
    }
    if (!disagreeing.isEmpty()) {
      String given = tasks instanceof TaskList.Count
          ? tasks.count() + " tasks"
          : "a list of " + tasks.count() + " tasks";
      tasksAt.add("gives " + given + ", but " + describeAll(files, disagreeing)
          + "; every patched file must imply the job's number of tasks");
    }
  }

  private static List<Integer> patchedFiles(List<FileSpec> files) {
    List<Integer> patched = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      if (files.get(i) != null && files.get(i).distribute() instanceof Patching) {
        patched.add(i);
      }
    }
    return patched;
  }

  private static int patchCount(List<FileSpec> files, int i) {
    return ((Patching) files.get(i).distribute()).patchCount();
  }

  private static String describeAll(List<FileSpec> files, List<Integer> indexes) {
    List<String> parts = new ArrayList<>();
    for (int i : indexes) {
      Patching patch = (Patching) files.get(i).distribute();
      parts.add("files[" + i + "] (" + files.get(i).path() + ") is cut into " + patch.describeCount());
    }
    return String.join(", ", parts);
  }

  private static String splitNote(List<FileSpec> files) {
    for (int i = 0; i < files.size(); i++) {
      if (files.get(i).distribute() instanceof Split) {
        return " (files[" + i + "] is split, and a split takes its number of blocks from tasks)";
      }
    }
    return "";
  }
}
