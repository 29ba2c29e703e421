package org.sepyarn.client.job;

import java.util.Objects;

/**
 * The text of a job file and where it came from.
 *
 * @param source the file as the user named it; it heads error messages ({@code job.json: 2 errors})
 * @param json the file's contents
 */
public record JobText(String source, String json) {
  public JobText {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(json, "json");
  }

  /** The same source with other contents, e.g. after rewriting its paths. */
  public JobText withJson(String newJson) {
    return new JobText(source, newJson);
  }
}
