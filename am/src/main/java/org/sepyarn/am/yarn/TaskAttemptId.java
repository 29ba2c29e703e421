package org.sepyarn.am.yarn;

/** Which attempt of which task a container runs. */
public record TaskAttemptId(int task, int attempt) {
}
