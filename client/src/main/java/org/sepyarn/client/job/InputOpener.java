package org.sepyarn.client.job;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.security.AccessControlException;
import org.sepyarn.formats.dataset.BinaryScope;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.dataset.InvalidDatasetException;
import org.sepyarn.formats.job.JobError;

/**
 * Opens an input dataset for the check, turning what can be wrong with it (missing, unreadable,
 * not a valid dataset) into a {@link JobError} at the file's {@code path}. Other I/O failures
 * (a file system that cannot be reached) are not the job's fault and are thrown.
 */
final class InputOpener {
  private final Configuration conf;
  private final BinaryScope scope;

  /** @param scope where the inputs' binaries and {@code par=} includes may be */
  InputOpener(Configuration conf, BinaryScope scope) {
    this.conf = conf;
    this.scope = scope;
  }

  Optional<Dataset> open(String field, Path path, List<JobError> errors) throws IOException {
    String at = field + ".path";
    try {
      return Optional.of(Dataset.open(path, conf, scope));
    } catch (InvalidDatasetException e) {
      errors.add(new JobError(at, e.getMessage()));
    } catch (FileNotFoundException e) {
      boolean headerExists = path.getFileSystem(conf).exists(path);
      errors.add(new JobError(at, headerExists ? "cannot read input dataset " + path + ": " + e.getMessage()
          : "input dataset " + path + " does not exist"));
    } catch (AccessControlException e) {
      errors.add(new JobError(at, "cannot read input dataset " + path + ": permission denied ("
          + firstLine(e.getMessage()) + ")"));
    } catch (IllegalArgumentException e) {
      errors.add(new JobError(at, "input dataset " + path + " cannot be read: " + e.getMessage()));
    }
    return Optional.empty();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no details";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
