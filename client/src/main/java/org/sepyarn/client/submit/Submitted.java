package org.sepyarn.client.submit;

import java.util.Objects;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.sepyarn.runner.spec.WorkLayout;

/**
 * A job YARN has accepted.
 *
 * @param id its application id
 * @param work its work folder
 * @param tokenNote on a secured cluster, how long its delegation tokens live (or that they are
 *     renewed from a keytab); null elsewhere
 */
public record Submitted(ApplicationId id, WorkLayout work, String tokenNote) {
  public Submitted {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(work, "work");
  }

  public Submitted(ApplicationId id, WorkLayout work) {
    this(id, work, null);
  }
}
