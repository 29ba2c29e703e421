package org.sepyarn.client.submit;

import java.util.List;
import java.util.Objects;
import org.sepyarn.formats.job.Acls;

/**
 * What YARN needs to know to start a job's ApplicationMaster.
 *
 * @param name the application name shown in the YARN UI
 * @param queue the scheduler queue
 * @param priority the application priority
 * @param tags extra application tags (the tag {@code sepyarn} is always added)
 * @param amMemoryMb memory for the ApplicationMaster's container
 * @param maxAppAttempts how many ApplicationMaster attempts YARN may start
 * @param keepWork keep the work folder after success (it is always kept after a failure)
 * @param resumeFrom the work folder of an earlier run of the same job whose finished tasks this
 *     one takes over ({@code sepyarn resume}), or null
 * @param rerun the tasks of that earlier run to run again though they finished ({@code sepyarn
 *     resume --rerun}); empty for none
 * @param acls who besides the owner and the cluster's administrators may view and kill the application
 * @param nodeLabel the node label of the application's containers, the ApplicationMaster's included,
 *     or null for the queue's default
 */
public record SubmissionRequest(String name, String queue, int priority, List<String> tags, int amMemoryMb,
    int maxAppAttempts, boolean keepWork, String resumeFrom, List<Integer> rerun, Acls acls, String nodeLabel) {
  public SubmissionRequest(String name, String queue, int priority, List<String> tags, int amMemoryMb,
      int maxAppAttempts, boolean keepWork) {
    this(name, queue, priority, tags, amMemoryMb, maxAppAttempts, keepWork, null);
  }

  public SubmissionRequest(String name, String queue, int priority, List<String> tags, int amMemoryMb,
      int maxAppAttempts, boolean keepWork, String resumeFrom) {
    this(name, queue, priority, tags, amMemoryMb, maxAppAttempts, keepWork, resumeFrom, List.of());
  }

  /** A request only the owner and the administrators may see, on the queue's default nodes. */
  public SubmissionRequest(String name, String queue, int priority, List<String> tags, int amMemoryMb,
      int maxAppAttempts, boolean keepWork, String resumeFrom, List<Integer> rerun) {
    this(name, queue, priority, tags, amMemoryMb, maxAppAttempts, keepWork, resumeFrom, rerun, Acls.OWNER_ONLY, null);
  }

  public SubmissionRequest {
    acls = acls == null ? Acls.OWNER_ONLY : acls;
    rerun = rerun == null ? List.of() : List.copyOf(rerun);
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(queue, "queue");
    tags = tags == null ? List.of() : List.copyOf(tags);
    if (amMemoryMb < 64) {
      throw new IllegalArgumentException("ApplicationMaster memory " + amMemoryMb + " MB is below 64 MB");
    }
    if (maxAppAttempts < 1) {
      throw new IllegalArgumentException("maxAppAttempts " + maxAppAttempts + " must be at least 1");
    }
  }
}
