package org.sepyarn.client.bench;

import org.sepyarn.formats.job.JobSpec;

/** Runs one benchmark job to its end and says what it cost. */
interface JobLauncher {
  /** Runs {@code job} and measures it, named {@code name} in the report. */
  Measurement run(String name, JobSpec job) throws Exception;
}
