package org.sepyarn.am.web;

import org.sepyarn.am.schedule.ExitReason;

/**
 * How an attempt stands for the timeline's colours: still running, succeeded, failed through the
 * task's fault (it used up one of the task's attempts), or ended by YARN or the ApplicationMaster
 * at no cost to the task (preempted, lost with its node, killed, released).
 */
public enum AttemptOutcome {
  RUNNING("running", "running", "#2563eb"),
  SUCCEEDED("succeeded", "succeeded", "#16a34a"),
  FAILED("failed", "failed (charged)", "#dc2626"),
  NOT_CHARGED("not-charged", "preempted / lost (not charged)", "#9ca3af");

  private final String cssClass;
  private final String label;
  private final String colour;

  AttemptOutcome(String cssClass, String label, String colour) {
    this.cssClass = cssClass;
    this.label = label;
    this.colour = colour;
  }

  /** The outcome of an attempt that ended for {@code reason}, or of a running one when it is null. */
  public static AttemptOutcome of(ExitReason reason) {
    if (reason == null) {
      return RUNNING;
    }
    if (reason.isSuccess()) {
      return SUCCEEDED;
    }
    return reason.isChargedToTask() ? FAILED : NOT_CHARGED;
  }

  /** A CSS class name, lower case with dashes. */
  public String cssClass() {
    return cssClass;
  }

  /** What the legend says: a few words. */
  public String label() {
    return label;
  }

  /** The fill colour, as CSS and SVG take it. */
  public String colour() {
    return colour;
  }
}
