package org.sepyarn.formats.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rules that look at a flow's steps together: step names unique, each intermediate written by
 * exactly one step and read, only by later steps, so that the steps form no cycle; and a patched
 * intermediate taking its grid from an input of its step patched the same way; and every step
 * sharing the job's own settings ({@link #JOBS_OWN}), which one ApplicationMaster applies to all.
 * Steps that failed to parse are null entries and are skipped.
 */
final class FlowRules {
  private FlowRules() {
  }

  /** A job of one program has no intermediates: nothing would write them. */
  static void checkNoIntermediates(List<FileSpec> files, Problems filesAt) {
    for (int i = 0; i < files.size(); i++) {
      FileSpec file = files.get(i);
      if (file != null && file.isIntermediate()) {
        filesAt.index(i).field("path").add("\"" + file.path() + "\" names an intermediate, which only a job with"
            + " \"steps\" has (one step writes it, later steps read it): give a dataset's header, e.g."
            + " \"hdfs:///data/in.H\", or make the job a flow of steps");
      }
    }
  }

  /** A flow's files are its steps'. */
  static void checkFlowShape(List<FileSpec> files, Problems filesAt) {
    if (!files.isEmpty()) {
      filesAt.add("a job with \"steps\" has no files of its own: give each step its files");
    }
  }

  static void check(List<StepSpec> steps, Problems stepsAt) {
    if (steps.isEmpty()) {
      stepsAt.add("an empty list: give at least one step, e.g. [{\"name\": \"scale\", \"program\": {\"command\":"
          + " [\"sfscale\"]}, \"files\": [...]}]");
      return;
    }
    checkNames(steps, stepsAt);
    Intermediates uses = Intermediates.of(steps);
    checkWriters(steps, uses, stepsAt);
    checkReaders(steps, uses, stepsAt);
    if (!reportCycle(steps, uses, stepsAt)) {
      checkOrder(steps, uses, stepsAt);
    }
    checkPatchedWrites(steps, uses, stepsAt);
    checkKept(steps, uses, stepsAt);
    checkNoSkippedBlocks(steps, stepsAt);
  }

  /**
   * A step of a flow runs every block of its irregular inputs: its tasks are numbered job-wide
   * before the ApplicationMaster has found which blocks are empty.
   */
  private static void checkNoSkippedBlocks(List<StepSpec> steps, Problems stepsAt) {
    for (int i = 0; i < steps.size(); i++) {
      List<FileSpec> files = steps.get(i).files();
      for (int j = 0; j < files.size(); j++) {
        if (files.get(j) != null && files.get(j).distribute() instanceof Irregular cut
            && cut.empty() == Irregular.EmptyBlocks.SKIP) {
          stepsAt.index(i).field("files").index(j).field("distribute").field("irregular").field("emptyBlocks").add(
              "\"skip\" in a step of a flow: the steps' tasks are numbered job-wide before the ApplicationMaster"
              + " finds the empty blocks, so a step runs every block; say \"emptyBlocks\": \"run\" (the program"
              + " then sees an empty dataset for a block without traces)");
        }
      }
    }
  }

  /**
   * A kept intermediate becomes an output dataset of its step: no other file of the flow may name
   * that dataset, and a patched one takes its grid from a dataset input of its step patched the
   * same way, as a patched output does.
   */
  private static void checkKept(List<StepSpec> steps, Intermediates uses, Problems stepsAt) {
    Map<String, String> named = new HashMap<>();
    for (int s = 0; s < steps.size(); s++) {
      if (steps.get(s) == null) {
        continue;
      }
      List<FileSpec> files = steps.get(s).files();
      for (int f = 0; f < files.size(); f++) {
        FileSpec file = files.get(f);
        if (file != null && !file.isIntermediate()) {
          named.putIfAbsent(file.path(), "step " + steps.get(s).name() + " (steps[" + s + "].files[" + f + "]) "
              + (file.isInput() ? "reads" : "writes") + " it");
        }
      }
    }
    uses.writers.forEach((name, writers) -> {
      Intermediates.Use w = writers.get(0);
      if (!w.spec.isKept()) {
        return;
      }
      String kept = w.spec.keep().orElseThrow();
      Problems at = stepsAt.index(w.step).field("files").index(w.file).field("keep");
      String other = named.putIfAbsent(kept, "@" + name + " of step " + describe(steps, w) + " is kept as it");
      if (other != null) {
        at.add("@" + name + " would be kept as " + kept + ", but " + other + ": keep it as another dataset");
      }
      if (w.spec.distribute() instanceof Patching patching && !hasDatasetInputCutLike(steps.get(w.step), patching)) {
        at.add("step " + steps.get(w.step).name() + " writes @" + name + " in " + patching.describeCount()
            + ", and a patched dataset takes its grid from a dataset input of its step patched the same way, but"
            + " none is (an intermediate's grid is known only once it is written): patch a dataset input of the"
            + " step the same way, or split @" + name + " to keep it");
      }
    });
  }

  private static boolean hasDatasetInputCutLike(StepSpec step, Patching patching) {
    for (FileSpec other : step.files()) {
      if (other != null && other.isInput() && !other.isIntermediate() && other.distribute() instanceof Patching p
          && p.sameCutAs(patching)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The job's own settings, which every step of a flow shares, by field name: the keys of a job
   * that a step may not set ({@code name} is the step's own), each with why it is the job's.
   */
  static final Map<String, String> JOBS_OWN = jobsOwn();

  private static Map<String, String> jobsOwn() {
    Map<String, String> own = new LinkedHashMap<>();
    own.put("queue", "the flow is one YARN application in one queue");
    own.put("priority", "the flow is one YARN application with one priority");
    own.put("heartbeatTimeout", "one ApplicationMaster watches every step's runners by it");
    own.put("overwrite", "it says whether the flow may replace any of its outputs");
    own.put("tags", "they tag the flow's one YARN application");
    own.put("mergeTasks", "the flow's outputs are merged after every step, by one set of merge tasks");
    own.put("allowForeignBinaries", "it holds for every input of the flow");
    own.put("acls", "they guard the flow's one YARN application");
    own.put("nodeLabel", "the ApplicationMaster and every container of the flow run on it");
    return java.util.Collections.unmodifiableMap(own);
  }

  /** What a step that sets one of the job's own settings is told, for {@code field}. */
  static String jobsOwnMessage(String field) {
    return "\"" + field + "\" is the job's own setting, not a step's: " + JOBS_OWN.get(field) + "; set it at the"
        + " top level of the job for every step (a step may set its own tasks and "
        + String.join(", ", TaskSettings.KEYS) + ")";
  }

  /**
   * Refuses a step whose job differs from the flow in the job's own settings ({@link #JOBS_OWN},
   * and the name): one ApplicationMaster runs every step under the flow's, so a step's own would
   * be ignored. Steps read from JSON always share them; a flow built in code may not.
   */
  static void checkJobsOwnSettings(Map<String, Object> flowValues, List<StepSpec> steps, Problems stepsAt) {
    for (int i = 0; i < steps.size(); i++) {
      JobSpec step = steps.get(i).job();
      Problems at = stepsAt.index(i);
      int index = i;
      jobsOwnValues(step).forEach((field, value) -> {
        if (!value.equals(flowValues.get(field))) {
          at.field(field).add("step " + steps.get(index).name() + " has " + field + " " + value + " and the flow "
              + flowValues.get(field) + ": " + (field.equals("name") ? "a step's job is named as its flow (the step"
              + " has its own name in steps[" + index + "].name); build it with the flow's name"
              : jobsOwnMessage(field)));
        }
      });
    }
  }

  private static Map<String, Object> jobsOwnValues(JobSpec job) {
    return jobsOwnValues(job.name(), job.queue(), job.priority(), job.heartbeatTimeout(), job.overwrite(), job.tags(),
        job.mergeTasks(), job.allowForeignBinaries(), job.acls(), job.nodeLabel());
  }

  /** A job's own settings ({@link #JOBS_OWN} and the name) by field name, to compare a flow's steps with. */
  static Map<String, Object> jobsOwnValues(String name, String queue, int priority, java.time.Duration heartbeatTimeout,
      boolean overwrite, List<String> tags, Optional<Integer> mergeTasks, boolean allowForeignBinaries, Acls acls,
      Optional<String> nodeLabel) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", name);
    values.put("queue", queue);
    values.put("priority", priority);
    values.put("heartbeatTimeout", heartbeatTimeout);
    values.put("overwrite", overwrite);
    values.put("tags", tags);
    values.put("mergeTasks", mergeTasks);
    values.put("allowForeignBinaries", allowForeignBinaries);
    values.put("acls", acls);
    values.put("nodeLabel", nodeLabel);
    return values;
  }

  private static void checkNames(List<StepSpec> steps, Problems stepsAt) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i) == null) {
        continue;
      }
      Integer same = first.putIfAbsent(steps.get(i).name(), i);
      if (same != null) {
        stepsAt.index(i).field("name").add("\"" + steps.get(i).name() + "\" again: steps[" + same
            + "] already has it; give every step its own name");
      }
    }
  }

  private static void checkWriters(List<StepSpec> steps, Intermediates uses, Problems stepsAt) {
    uses.writers.forEach((name, writers) -> {
      Intermediates.Use first = writers.get(0);
      for (Intermediates.Use again : writers.subList(1, writers.size())) {
        again.pathAt(stepsAt).add("@" + name + " is also written by step " + describe(steps, first)
            + ": each intermediate is written by exactly one step; give this one another name");
      }
      if (!uses.readers.containsKey(name)) {
        first.pathAt(stepsAt).add("@" + name + " is written by step " + steps.get(first.step).name()
            + " but no step reads it: read it in a later step, or write a dataset (an absolute path or a URI)"
            + " instead");
      }
    });
  }

  private static void checkReaders(List<StepSpec> steps, Intermediates uses, Problems stepsAt) {
    uses.readers.forEach((name, readers) -> {
      if (!uses.writers.containsKey(name)) {
        Intermediates.Use first = readers.get(0);
        first.pathAt(stepsAt).add("@" + name + " is read by step " + steps.get(first.step).name()
            + " but no step writes it: add it, as an output, to the files of an earlier step, or read a"
            + " dataset (an absolute path or a URI)" + uses.nearestWritten(name).map(n -> "; did you mean @" + n + "?")
            .orElse(""));
      }
    });
  }

  /** Reports a cycle among the steps, if they have one, and says whether they do. */
  private static boolean reportCycle(List<StepSpec> steps, Intermediates uses, Problems stepsAt) {
    List<List<Intermediates.Use>> feeds = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      feeds.add(new ArrayList<>());
    }
    uses.readers.forEach((name, readers) -> {
      List<Intermediates.Use> writers = uses.writers.get(name);
      if (writers != null) {
        for (Intermediates.Use r : readers) {
          feeds.get(writers.get(0).step).add(r);
        }
      }
    });
    Optional<List<Intermediates.Use>> cycle = new CycleSearch(feeds).find();
    if (cycle.isEmpty()) {
      return false;
    }
    List<String> links = new ArrayList<>();
    for (Intermediates.Use read : cycle.get()) {
      int writer = uses.writers.get(read.name()).get(0).step;
      links.add("step " + steps.get(read.step).name() + " reads @" + read.name() + ", which step "
          + steps.get(writer).name() + " writes");
    }
    stepsAt.add("the steps form a cycle: " + String.join(", ", links) + "; no order of the steps can run that,"
        + " since a step reads only what earlier steps wrote: break the cycle, e.g. by reading a dataset");
    return true;
  }

  private static void checkOrder(List<StepSpec> steps, Intermediates uses, Problems stepsAt) {
    uses.readers.forEach((name, readers) -> {
      List<Intermediates.Use> writers = uses.writers.get(name);
      if (writers == null) {
        return;
      }
      Intermediates.Use writer = writers.get(0);
      for (Intermediates.Use r : readers) {
        if (r.step < writer.step) {
          r.pathAt(stepsAt).add("step " + steps.get(r.step).name() + " (steps[" + r.step + "]) reads @" + name
              + " before step " + describe(steps, writer) + " writes it: a step reads only what earlier steps"
              + " wrote; move step " + steps.get(writer.step).name() + " before step " + steps.get(r.step).name());
        }
      }
    });
  }

  /**
   * A patched output's pieces fill the patches of its step's input patched the same way, whose
   * grid they take (as for a dataset): an intermediate written in patches needs that input.
   */
  private static void checkPatchedWrites(List<StepSpec> steps, Intermediates uses, Problems stepsAt) {
    uses.writers.forEach((name, writers) -> {
      Intermediates.Use w = writers.get(0);
      if (!(w.spec.distribute() instanceof Patching patching)) {
        return;
      }
      for (FileSpec other : steps.get(w.step).files()) {
        if (other != null && other.isInput() && other.distribute() instanceof Patching p && p.sameCutAs(patching)) {
          return;
        }
      }
      stepsAt.index(w.step).field("files").index(w.file).field("distribute").add("step " + steps.get(w.step).name()
          + " writes @" + name + " in " + patching.describeCount() + " along axes " + patching.axes()
          + ", but none of its inputs is patched the same way, and the pieces take their grid from such an input:"
          + " patch one of the step's inputs the same way, or split @" + name);
    });
  }

  private static String describe(List<StepSpec> steps, Intermediates.Use use) {
    return steps.get(use.step).name() + " (steps[" + use.step + "].files[" + use.file + "])";
  }

  /** Where each intermediate is written and read, in the order of the steps and their files. */
  static final class Intermediates {
    final Map<String, List<Use>> writers = new LinkedHashMap<>();
    final Map<String, List<Use>> readers = new LinkedHashMap<>();

    /** File {@code file} of step {@code step}. */
    record Use(int step, int file, FileSpec spec) {
      String name() {
        return spec.intermediateName();
      }

      Problems pathAt(Problems stepsAt) {
        return stepsAt.index(step).field("files").index(file).field("path");
      }
    }

    static Intermediates of(List<StepSpec> steps) {
      Intermediates uses = new Intermediates();
      for (int s = 0; s < steps.size(); s++) {
        if (steps.get(s) == null) {
          continue;
        }
        List<FileSpec> files = steps.get(s).files();
        for (int f = 0; f < files.size(); f++) {
          FileSpec file = files.get(f);
          if (file != null && file.isIntermediate()) {
            Map<String, List<Use>> side = file.isOutput() ? uses.writers : uses.readers;
            side.computeIfAbsent(file.intermediateName(), k -> new ArrayList<>()).add(new Use(s, f, file));
          }
        }
      }
      return uses;
    }

    Optional<String> nearestWritten(String name) {
      return KeySuggestion.nearest(name, List.copyOf(writers.keySet()));
    }
  }
}
