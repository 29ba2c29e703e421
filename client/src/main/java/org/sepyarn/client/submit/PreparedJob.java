package org.sepyarn.client.submit;

import java.nio.file.Path;
import java.util.Objects;
import org.sepyarn.client.job.CheckedJob;

/**
 * Everything a submission needs, checked, before anything is staged.
 *
 * @param checked the job, checked against its datasets
 * @param jar the sepyarn.jar to stage
 * @param settings the ApplicationMaster's memory and attempts
 */
public record PreparedJob(CheckedJob checked, Path jar, SubmitSettings settings) {
  public PreparedJob {
    Objects.requireNonNull(checked, "checked");
    Objects.requireNonNull(jar, "jar");
    Objects.requireNonNull(settings, "settings");
  }
}
