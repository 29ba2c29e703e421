package org.sepyarn.client.embedded;

import java.util.List;
import java.util.Objects;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.job.JobSpec;

/**
 * A local job moved onto the embedded cluster.
 *
 * @param job the job with its local paths replaced by their copies on the cluster
 * @param outputs the outputs to bring back when the job succeeds
 */
public record EmbeddedJob(JobSpec job, List<OutputCopy> outputs) {
  public EmbeddedJob {
    Objects.requireNonNull(job, "job");
    outputs = List.copyOf(outputs);
  }

  /**
   * A local output written on the cluster.
   *
   * @param field the file's field path in the job, {@code files[1]}
   * @param onCluster where the job writes it
   * @param local where the user wants it
   */
  public record OutputCopy(String field, Path onCluster, Path local) {
    public OutputCopy {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(onCluster, "onCluster");
      Objects.requireNonNull(local, "local");
    }
  }
}
