package org.sepyarn.formats.job;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A job's own settings, which every step of a flow shares: what remains to make a job is the
 * program, its files, its tasks and how they run.
 */
record JobTemplate(String name, String queue, int priority, Duration heartbeatTimeout, boolean overwrite,
    List<String> tags, Optional<Integer> mergeTasks, boolean allowForeignBinaries, Acls acls,
    Optional<String> nodeLabel) {

  JobTemplate named(String newName) {
    return new JobTemplate(newName, queue, priority, heartbeatTimeout, overwrite, tags, mergeTasks,
        allowForeignBinaries, acls, nodeLabel);
  }

  /** A job of one program. */
  JobSpec job(ProgramSpec program, List<FileSpec> files, TaskList tasks, TaskSettings s) {
    return new JobSpec(name, queue, priority, program, files, tasks, s.maxRunning(), s.resources(), s.maxAttempts(),
        s.taskTimeout(), heartbeatTimeout, s.restart(), overwrite, tags, mergeTasks, s.tasksPerContainer(),
        s.speculation(), s.stallTimeout(), allowForeignBinaries, acls, nodeLabel);
  }

  /** A flow: its program and tasks are its first step's, {@code s} the settings its steps inherit. */
  JobSpec flow(List<StepSpec> steps, TaskSettings s) {
    StepSpec first = steps.get(0);
    return new JobSpec(name, queue, priority, first.program(), List.of(), first.job().tasks(), s.maxRunning(),
        s.resources(), s.maxAttempts(), s.taskTimeout(), heartbeatTimeout, s.restart(), overwrite, tags, mergeTasks,
        s.tasksPerContainer(), s.speculation(), s.stallTimeout(), allowForeignBinaries, acls, nodeLabel, steps);
  }
}
