package org.sepyarn.formats.job;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Rules for the job's own settings: name, queue, priority, retries, timeouts and YARN tags.
 * Each reports at the path it is given.
 */
final class JobRules {
  private JobRules() {
  }

  static void checkName(String name, Problems at) {
    if (name.isBlank()) {
      at.add("an empty name: leave it out to use the program's name, or give one");
    } else if (name.length() > JobSpec.MAX_NAME_LENGTH || hasControl(name)) {
      at.add("\"" + name + "\": a name is at most " + JobSpec.MAX_NAME_LENGTH
          + " characters on one line");
    }
  }

  static void checkQueue(String queue, Problems at) {
    if (queue.isEmpty() || !queue.equals(queue.strip()) || queue.chars().anyMatch(Character::isWhitespace)) {
      at.add("\"" + queue + "\" is not a queue name: a YARN queue name has no blanks, e.g. \"default\""
          + " or \"root.seismic\"");
    }
  }

  static void checkPriority(int priority, Problems at) {
    if (priority < 0) {
      at.add(priority + " is not allowed: priority is 0 or more (higher runs first; the cluster caps it"
          + " at yarn.cluster.max-application-priority)");
    }
  }

  static void checkMaxAttempts(int maxAttempts, Problems at) {
    if (maxAttempts < 1 || maxAttempts > JobSpec.MAX_ATTEMPTS_LIMIT) {
      at.add(maxAttempts + " is out of range: a task gets 1 to " + JobSpec.MAX_ATTEMPTS_LIMIT + " attempts");
    }
  }

  static void checkMaxRunning(Optional<Integer> maxRunning, Problems at) {
    if (maxRunning.isPresent() && maxRunning.get() < 1) {
      at.add(maxRunning.get() + " is not allowed: at least 1 task must be able to run;"
          + " leave maxRunning out for no limit");
    }
  }

  static void checkTasksPerContainer(int tasksPerContainer, Problems at) {
    if (tasksPerContainer < 1 || tasksPerContainer > JobSpec.MAX_TASKS_PER_CONTAINER) {
      at.add(tasksPerContainer + " is out of range: a container runs 1 to " + JobSpec.MAX_TASKS_PER_CONTAINER
          + " tasks one after another; leave tasksPerContainer out for a container per task");
    }
  }

  static void checkMergeTasks(Optional<Integer> mergeTasks, Problems at) {
    if (mergeTasks.isPresent() && (mergeTasks.get() < 1 || mergeTasks.get() > JobSpec.MAX_MERGE_TASKS)) {
      at.add(mergeTasks.get() + " is out of range: an output is merged by 1 to " + JobSpec.MAX_MERGE_TASKS
          + " merge tasks; leave mergeTasks out to let sepyarn choose (one per GiB of output)");
    }
  }

  static void checkTaskTimeout(Optional<Duration> timeout, Problems at) {
    timeout.ifPresent(t -> checkDuration(t, Duration.ofSeconds(1), "leave taskTimeout out for no limit", at));
  }

  static void checkStallTimeout(Duration timeout, Problems at) {
    if (!timeout.isZero()) {
      checkDuration(timeout, JobSpec.MIN_STALL_TIMEOUT,
          "the runner looks for changes every few seconds; write \"off\" (or 0) to never kill a stalled task", at);
    }
  }

  static void checkHeartbeatTimeout(Duration timeout, Problems at) {
    checkDuration(timeout, JobSpec.MIN_HEARTBEAT_TIMEOUT,
        "runners report every few seconds, so a shorter timeout would fail healthy tasks", at);
  }

  private static void checkDuration(Duration d, Duration min, String why, Problems at) {
    if (d.getNano() != 0) {
      at.add(d + " is not a whole number of seconds");
    } else if (d.compareTo(min) < 0) {
      at.add(Durations.format(d.isNegative() ? Duration.ZERO : d) + " is too short: at least "
          + Durations.format(min) + "; " + why);
    }
  }

  static void checkTags(List<String> tags, Problems at) {
    if (tags.size() > JobSpec.MAX_TAGS) {
      at.add(tags.size() + " tags are too many: YARN accepts at most " + JobSpec.MAX_TAGS);
    }
    Map<String, Integer> firstByTag = new HashMap<>();
    for (int i = 0; i < tags.size(); i++) {
      String tag = tags.get(i);
      if (tag.isBlank() || tag.length() > JobSpec.MAX_TAG_LENGTH || !printableAscii(tag) || tag.contains(",")) {
        at.index(i).add("\"" + tag + "\" is not a YARN tag: 1 to " + JobSpec.MAX_TAG_LENGTH
            + " printable ASCII characters without commas");
        continue;
      }
      Integer same = firstByTag.putIfAbsent(tag.toLowerCase(Locale.ROOT), i);
      if (same != null) {
        at.index(i).add("\"" + tag + "\" repeats tags[" + same + "] (YARN ignores case in tags)");
      }
    }
  }

  private static boolean hasControl(String s) {
    return s.chars().anyMatch(Character::isISOControl);
  }

  private static boolean printableAscii(String s) {
    return s.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
  }

  private static final java.util.regex.Pattern NODE_LABEL = java.util.regex.Pattern.compile("[0-9A-Za-z][0-9A-Za-z_-]*");
  private static final int MAX_NODE_LABEL_LENGTH = 255;

  /** A node label as YARN names them ({@code CommonNodeLabelsManager}): one label, no expression. */
  static void checkNodeLabel(Optional<String> label, Problems at) {
    label.ifPresent(l -> {
      if (!NODE_LABEL.matcher(l).matches() || l.length() > MAX_NODE_LABEL_LENGTH) {
        at.add("\"" + l + "\" is not a node label: give one label as the cluster names it (letters, digits, \"-\""
            + " and \"_\", starting with a letter or digit, at most " + MAX_NODE_LABEL_LENGTH + " characters),"
            + " e.g. \"gpu\"; YARN takes no label expressions");
      }
    });
  }
}
