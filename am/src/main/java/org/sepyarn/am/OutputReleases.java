package org.sepyarn.am;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.dataset.OutputReservation;
import org.sepyarn.formats.job.FileSpec;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.formats.job.Usage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Gives a job's outputs back when the job ends: removes the reservations its submission made. */
final class OutputReleases {
  private static final Logger LOG = LoggerFactory.getLogger(OutputReleases.class);

  private OutputReleases() {
  }

  /** Removes {@code application}'s reservation of each output of {@code job}; a failure is logged, never fatal. */
  static void release(Configuration conf, JobSpec job, String application) {
    for (FileSpec f : job.datasets()) {
      if (f.usage() != Usage.OUTPUT) {
        continue;
      }
      Path header = new Path(f.path());
      try {
        OutputReservation.release(header.getFileSystem(conf), header, application);
      } catch (IOException | RuntimeException e) {
        LOG.warn("could not release the reservation of output {}: {}", header, e.toString());
      }
    }
  }
}
