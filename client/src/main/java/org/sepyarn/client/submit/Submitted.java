package org.sepyarn.client.submit;

import java.util.Objects;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.sepyarn.runner.spec.WorkLayout;

/**
 * A job YARN has accepted.
 *
 * @param id its application id
 * @param work its work folder
 */
public record Submitted(ApplicationId id, WorkLayout work) {
  public Submitted {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(work, "work");
  }
}
