package org.sepyarn.formats.dataset;

import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A job's claim on an output dataset, from its submission to its end: a small hidden file beside
 * the output's header ({@code .out.H.sepyarn.reservation}) naming the application, created only
 * if absent, so that a second job writing the same output is refused before its tasks run. The
 * ApplicationMaster releases its reservations when the job ends, successful or not; a reservation
 * whose application is no longer live (killed, or lost with a ResourceManager) is stale and is
 * taken over by the next job.
 */
public final class OutputReservation {
  /** What a reservation file's name adds to the output header's name, after a leading dot. */
  public static final String SUFFIX = ".sepyarn.reservation";

  /**
   * Who holds a reservation: the application (empty while another submission is writing the file),
   * its user, and since when (epoch milliseconds).
   */
  public record Holder(String application, String user, long since) {
  }

  private OutputReservation() {
  }

  /** The reservation file of the output whose header is {@code header}. */
  public static Path fileOf(Path header) {
    return new Path(header.getParent(), "." + header.getName() + SUFFIX);
  }

  /**
   * Reserves {@code header} for {@code application}.
   *
   * @param isLive whether an application (by id) still runs; a reservation held by one that does not is taken over
   * @return empty when reserved (or already held by {@code application}); else the live holder
   */
  public static Optional<Holder> reserve(FileSystem fs, Path header, String application, String user,
      long now, Predicate<String> isLive) throws IOException {
    Path file = fileOf(header);
    for (int tries = 0; tries < 3; tries++) {
      if (create(fs, file, new Holder(application, user, now))) {
        return Optional.empty();
      }
      Optional<Holder> holder = read(fs, file);
      if (holder.isEmpty()) {
        continue;
      }
      if (holder.get().application().isEmpty()) {
        return holder;
      }
      if (holder.get().application().equals(application)) {
        return Optional.empty();
      }
      if (isLive.test(holder.get().application())) {
        return holder;
      }
      fs.delete(file, false);
    }
    return read(fs, file);
  }

  /** Removes {@code application}'s reservation of {@code header}; another application's stays. */
  public static void release(FileSystem fs, Path header, String application) throws IOException {
    Path file = fileOf(header);
    Optional<Holder> holder = read(fs, file);
    if (holder.isPresent() && holder.get().application().equals(application)) {
      fs.delete(file, false);
    }
  }

  /** The holder of {@code header}'s reservation, if it is reserved. */
  public static Optional<Holder> holderOf(FileSystem fs, Path header) throws IOException {
    return read(fs, fileOf(header));
  }

  private static boolean create(FileSystem fs, Path file, Holder holder) throws IOException {
    Properties p = new Properties();
    p.setProperty("application", holder.application());
    p.setProperty("user", holder.user());
    p.setProperty("since", Long.toString(holder.since()));
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    p.store(text, "sepyarn: this output is being written by a job; do not remove while it runs");
    try (FSDataOutputStream out = fs.create(file, false)) {
      out.write(text.toByteArray());
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    }
  }

  private static Optional<Holder> read(FileSystem fs, Path file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = fs.open(file)) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (FileNotFoundException e) {
      return Optional.empty();
    }
    String application = p.getProperty("application", "");
    if (application.isEmpty()) {
      return Optional.of(new Holder("", p.getProperty("user", "?"), 0));
    }
    long since;
    try {
      since = Long.parseLong(p.getProperty("since", "0"));
    } catch (NumberFormatException e) {
      since = 0;
    }
    return Optional.of(new Holder(application, p.getProperty("user", "?"), since));
  }
}
