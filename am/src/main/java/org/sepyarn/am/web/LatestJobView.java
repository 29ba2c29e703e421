package org.sepyarn.am.web;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The most recent {@link JobView}: the ApplicationMaster publishes a new one from its event loop
 * (after events, or on every tick), the web server's threads read whichever is latest.
 */
public final class LatestJobView implements JobViewSource {
  private final AtomicReference<JobView> latest;

  public LatestJobView(JobView initial) {
    this.latest = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
  }

  public void publish(JobView view) {
    latest.set(Objects.requireNonNull(view, "view"));
  }

  @Override
  public JobView current() {
    return latest.get();
  }
}
