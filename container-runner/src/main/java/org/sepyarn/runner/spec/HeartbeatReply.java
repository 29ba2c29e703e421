package org.sepyarn.runner.spec;

/**
 * The ApplicationMaster's answer to a heartbeat.
 *
 * @param proceed false when the ApplicationMaster has given up on this attempt: the runner kills
 *     its program and exits
 */
public record HeartbeatReply(boolean proceed) {
}
