package org.sepyarn.formats.job;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the tasks of a job, or of one step of a flow, are run: the settings a step may set for
 * itself, each otherwise the job's.
 *
 * @param maxRunning the most tasks running at once
 * @param resources what each task's container asks YARN for
 * @param maxAttempts attempts per task
 * @param taskTimeout wall-clock limit of one attempt
 * @param restart what a retried task adds when its previous attempt left a checkpoint
 * @param tasksPerContainer how many tasks one container may run one after another
 * @param speculation whether stragglers get a second attempt
 * @param stallTimeout how long an attempt may change nothing ({@link Duration#ZERO}: no limit)
 */
record TaskSettings(Optional<Integer> maxRunning, Resources resources, int maxAttempts,
    Optional<Duration> taskTimeout, RestartPolicy restart, int tasksPerContainer, Speculation speculation,
    Duration stallTimeout) {
  /** The keys of these settings in {@code job.json}, at the top level and in a step. */
  static final String[] KEYS = {"maxRunning", "resources", "maxAttempts", "taskTimeout", "restart",
      "tasksPerContainer", "speculation", "stallTimeout"};
  static final TaskSettings DEFAULT = new TaskSettings(Optional.empty(), Resources.DEFAULT,
      JobSpec.DEFAULT_MAX_ATTEMPTS, Optional.empty(), RestartPolicy.DEFAULT, 1, Speculation.OFF,
      JobSpec.DEFAULT_STALL_TIMEOUT);

  TaskSettings {
    Objects.requireNonNull(maxRunning, "maxRunning");
    Objects.requireNonNull(resources, "resources");
    Objects.requireNonNull(taskTimeout, "taskTimeout");
    Objects.requireNonNull(restart, "restart");
    Objects.requireNonNull(speculation, "speculation");
    Objects.requireNonNull(stallTimeout, "stallTimeout");
  }

  /**
   * The settings {@code f} gives, each it leaves out taken from {@code inherited}; empty after
   * reporting every problem.
   */
  static Optional<TaskSettings> read(JsonFields f, TaskSettings inherited) {
    Problems at = f.at();
    int before = at.count();
    Optional<Integer> maxRunning = f.has("maxRunning") ? f.integer("maxRunning") : inherited.maxRunning();
    JobRules.checkMaxRunning(maxRunning, f.at("maxRunning"));
    Optional<Resources> resources = f.get("resources").isEmpty() ? Optional.of(inherited.resources())
        : f.get("resources").flatMap(v -> JobJsonReader.resources(v, f.at("resources")));
    int maxAttempts = f.integer("maxAttempts").orElse(inherited.maxAttempts());
    JobRules.checkMaxAttempts(maxAttempts, f.at("maxAttempts"));
    Optional<Duration> taskTimeout = f.has("taskTimeout") ? f.duration("taskTimeout") : inherited.taskTimeout();
    JobRules.checkTaskTimeout(taskTimeout, f.at("taskTimeout"));
    Optional<RestartPolicy> restart = f.get("restart").isEmpty() ? Optional.of(inherited.restart())
        : f.get("restart").flatMap(v -> JobJsonReader.restart(v, f.at("restart")));
    int tasksPerContainer = f.integer("tasksPerContainer").orElse(inherited.tasksPerContainer());
    JobRules.checkTasksPerContainer(tasksPerContainer, f.at("tasksPerContainer"));
    Optional<Speculation> speculation = f.get("speculation").isEmpty() ? Optional.of(inherited.speculation())
        : f.get("speculation").flatMap(v -> Speculation.read(v, f.at("speculation")));
    Optional<Duration> stallTimeout = f.get("stallTimeout").isEmpty() ? Optional.of(inherited.stallTimeout())
        : f.get("stallTimeout").flatMap(v -> JobJsonReader.stallTimeout(v, f.at("stallTimeout")));
    stallTimeout.ifPresent(t -> JobRules.checkStallTimeout(t, f.at("stallTimeout")));
    if (at.count() > before) {
      return Optional.empty();
    }
    return Optional.of(new TaskSettings(maxRunning, resources.orElseThrow(), maxAttempts, taskTimeout,
        restart.orElseThrow(), tasksPerContainer, speculation.orElseThrow(), stallTimeout.orElseThrow()));
  }
}
