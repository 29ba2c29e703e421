package org.sepyarn.runner.spec;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a runner tells the ApplicationMaster every few seconds while its program runs.
 *
 * @param containerId the runner's container
 * @param task the task's index
 * @param attempt the attempt number
 * @param progress the fraction the program reported (0 to 1), or 0
 * @param checkpoint the last checkpoint text the program reported, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Heartbeat(String containerId, int task, int attempt, double progress, String checkpoint) {
}
