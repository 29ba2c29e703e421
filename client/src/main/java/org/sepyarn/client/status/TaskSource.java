package org.sepyarn.client.status;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where the tasks {@code sepyarn status} shows come from. */
public enum TaskSource {
  /** The running ApplicationMaster's {@code /api/status}, through the ResourceManager's web proxy. */
  TRACKING_PAGE("tracking-page"),
  /** {@code status.json} in the job's work folder, as the ApplicationMaster last wrote it. */
  STATUS_FILE("status.json"),
  /** Nowhere: see the note that goes with it. */
  NONE("none");

  private final String label;

  TaskSource(String label) {
    this.label = label;
  }

  /** The name in {@code status --json}. */
  @JsonValue
  public String label() {
    return label;
  }
}
