package org.sepyarn.formats.job;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One step of a flow: a serial program run as a job of its own over its files, some of which may
 * be intermediates ({@code @name}) that an earlier step writes or a later step reads. The step's
 * {@link #job()} holds its program, files and tasks and every task setting, the job's own where
 * the step sets none (its {@code maxRunning}, {@code tasksPerContainer} and {@code speculation}
 * included); its job-wide settings (queue, name, ACLs, heartbeat timeout, ...) are the flow's, and
 * a flow whose step has others is refused.
 *
 * @param name the step's name, unique in its flow: a letter, then letters, digits, {@code _} or
 *     {@code -}
 * @param job what the step runs, as a job without steps
 */
public record StepSpec(String name, JobSpec job) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

  public StepSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(job, "job");
    if (job.isFlow()) {
      throw new IllegalArgumentException("step " + name + " is itself a flow: a step runs one program");
    }
    Problems problems = new Problems();
    checkName(name, problems.field("name"));
    problems.throwIfAny("step " + name);
  }

  static void checkName(String name, Problems at) {
    if (!NAME.matcher(name).matches()) {
      at.add("\"" + name + "\" is not a step name: a letter, then letters, digits, \"_\" or \"-\", at most 64 in"
          + " all, e.g. \"scale\" or \"nmo-2\"");
    }
  }

  /**
   * A step name made from a job's name, for a job of one program seen as a flow of one step:
   * characters a step name may not have become {@code -}.
   */
  static String nameFor(String jobName) {
    String cleaned = jobName.replaceAll("[^A-Za-z0-9_-]", "-");
    String named = Character.isLetter(cleaned.charAt(0)) && cleaned.charAt(0) < 128 ? cleaned : "job-" + cleaned;
    return named.length() > 64 ? named.substring(0, 64) : named;
  }

  /** A flow's name when its job gives none: its steps' names, joined by {@code -}. */
  static String flowName(List<String> stepNames) {
    String joined = String.join("-", stepNames);
    return joined.length() > JobSpec.MAX_NAME_LENGTH ? joined.substring(0, JobSpec.MAX_NAME_LENGTH) : joined;
  }

  public ProgramSpec program() {
    return job.program();
  }

  public List<FileSpec> files() {
    return job.files();
  }

  public int taskCount() {
    return job.taskCount();
  }
}
