package org.sepyarn.am;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.sepyarn.am.channel.RefusedMessageException;
import org.sepyarn.am.journal.JournalRecorder;
import org.sepyarn.am.schedule.Handover;
import org.sepyarn.am.schedule.TaskScheduler;
import org.sepyarn.am.yarn.AttemptReports;
import org.sepyarn.runner.spec.AttemptReport;
import org.sepyarn.runner.spec.Heartbeat;
import org.sepyarn.runner.spec.HeartbeatReply;
import org.sepyarn.runner.spec.PlanIndex;

/**
 * Answers the runners' heartbeats, on the event loop: a running attempt's sign of life (its new
 * checkpoints journaled), and the report that an attempt committed its outputs, answered with the
 * attempt its container runs next and where that task is in the plan.
 */
final class RunnerHeartbeats {
  private final Supplier<TaskScheduler> current;
  private final TaskScheduler tasks;
  private final JournalRecorder journal;
  private final AttemptReports reports;
  private final Consumer<AttemptReport> attemptEnded;
  private final PlanIndex plan;
  private final java.util.function.IntSupplier phaseFirstTask;
  private final Map<Integer, String> checkpoints = new HashMap<>();
  private final java.util.function.IntSupplier tokenGeneration;

  /**
   * @param current the scheduler of the phase the job is in (tasks, then merge tasks)
   * @param tasks the tasks' scheduler, which alone hands containers another task
   * @param attemptEnded hears of the report of an attempt that committed its outputs
   * @param plan where each task is in the plan's task file
   * @param phaseFirstTask the job-wide number of the first task of the phase the job is in: 0 for
   *     the tasks, the first scatter or merge task's in those phases
   * @param tokenGeneration the latest generation of renewed delegation tokens, told to every
   *     runner (0: none)
   */
  RunnerHeartbeats(Supplier<TaskScheduler> current, TaskScheduler tasks, JournalRecorder journal,
      AttemptReports reports, Consumer<AttemptReport> attemptEnded, PlanIndex plan,
      java.util.function.IntSupplier phaseFirstTask, java.util.function.IntSupplier tokenGeneration) {
    this.tokenGeneration = tokenGeneration;
    this.phaseFirstTask = phaseFirstTask;
    this.current = current;
    this.tasks = tasks;
    this.journal = journal;
    this.reports = reports;
    this.attemptEnded = attemptEnded;
    this.plan = plan;
  }

  /**
   * The reply to {@code hb}, or a refusal when it is not its container's attempt's message or not
   * newer than the last one taken ({@link TaskScheduler#refusal}). A scatter or merge runner names
   * its task {@code k} of the phase by its job-wide number, {@code phaseFirstTask + k}.
   */
  HeartbeatReply answer(Heartbeat hb) throws RefusedMessageException {
    TaskScheduler scheduler = current.get();
    int index = hb.task() - phaseFirstTask.getAsInt();
    Optional<String> refusal = scheduler.refusal(hb.containerId(), index, hb.attempt(), hb.sequence(), hb.done());
    if (refusal.isPresent()) {
      throw new RefusedMessageException(refusal.get());
    }
    return (hb.done() ? committed(hb) : alive(hb)).withTokens(tokenGeneration.getAsInt());
  }

  private HeartbeatReply alive(Heartbeat hb) {
    boolean live = current.get().heartbeat(hb.containerId(), hb.progress());
    if (live && hb.checkpoint() != null && !hb.checkpoint().equals(checkpoints.get(hb.task()))) {
      checkpoints.put(hb.task(), hb.checkpoint());
      journal.checkpoint(hb.task(), hb.attempt(), hb.checkpoint(), hb.progress());
    }
    return new HeartbeatReply(live);
  }

  private HeartbeatReply committed(Heartbeat hb) {
    reports.read(hb.task(), hb.attempt()).ifPresent(attemptEnded);
    Optional<Handover> next = tasks.attemptCommitted(hb.containerId(), hb.task(), hb.attempt());
    return new HeartbeatReply(true, next.map(h -> new HeartbeatReply.NextAttempt(h.taskIndex(), h.attemptNumber(),
        plan.offset(h.taskIndex()), plan.length(h.taskIndex()))).orElse(null));
  }
}
