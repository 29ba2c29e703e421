package org.sepyarn.formats.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Settles the number of tasks: every patched file implies the product of its patch counts, every
 * irregular file the product of its block counts, a number or list in {@code tasks} gives it, and
 * all of them must agree. Files that failed to parse are null entries and are skipped.
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
      checkAgreement(files, given.get(), tasksAt, false);
      return given;
    }
    if (patched.isEmpty()) {
      if (files.stream().allMatch(Objects::nonNull)) {
        tasksAt.add("missing, and no patched or irregular file implies a number of tasks: give a number of tasks or a list"
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

  /**
   * Reports at {@code tasks} when a patched or irregular file implies another number of tasks.
   *
   * @param planned whether the tasks may be those an ApplicationMaster planned: fewer than an
   *     irregular file's blocks when it skips its empty blocks
   */
  static void checkAgreement(List<FileSpec> files, TaskList tasks, Problems tasksAt, boolean planned) {
    List<Integer> disagreeing = new ArrayList<>();
    for (int i : patchedFiles(files)) {
      boolean fewerRun = planned && files.get(i).distribute() instanceof Irregular irregular
          && irregular.empty() == Irregular.EmptyBlocks.SKIP && tasks.count() <= irregular.blockCount();
      if (patchCount(files, i) != tasks.count() && !fewerRun) {
        disagreeing.add(i);
      }
    }
    if (!disagreeing.isEmpty()) {
      String given = tasks instanceof TaskList.Count
          ? tasks.count() + " tasks"
          : "a list of " + tasks.count() + " tasks";
      tasksAt.add("gives " + given + ", but " + describeAll(files, disagreeing)
          + "; every " + (disagreeing.stream().anyMatch(i -> files.get(i).distribute() instanceof Irregular)
          ? "patched or irregular" : "patched") + " file must imply the job's number of tasks");
    }
  }

  private static List<Integer> patchedFiles(List<FileSpec> files) {
    List<Integer> patched = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      if (files.get(i) != null && (files.get(i).distribute() instanceof Patching
          || files.get(i).distribute() instanceof Irregular)) {
        patched.add(i);
      }
    }
    return patched;
  }

  private static int patchCount(List<FileSpec> files, int i) {
    Distribution d = files.get(i).distribute();
    return d instanceof Irregular irregular ? irregular.blockCount() : ((Patching) d).patchCount();
  }

  private static String describeAll(List<FileSpec> files, List<Integer> indexes) {
    List<String> parts = new ArrayList<>();
    for (int i : indexes) {
      Distribution d = files.get(i).distribute();
      String count = d instanceof Irregular irregular ? irregular.describeCount() : ((Patching) d).describeCount();
      parts.add("files[" + i + "] (" + files.get(i).path() + ") is cut into " + count);
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
