package org.sepyarn.client.bench;

/**
 * One successful task attempt as its runner report and the job's status tell it.
 *
 * @param task the task's index
 * @param launchedMillis when the ApplicationMaster started the attempt's container (the status
 *     document's {@code startedAt}), or null when not known
 * @param runnerStartMillis when the runner inside the container began (fetch, program, commit follow)
 * @param runnerEndMillis when the runner ended
 */
public record AttemptSpan(int task, Long launchedMillis, long runnerStartMillis, long runnerEndMillis) {
}
