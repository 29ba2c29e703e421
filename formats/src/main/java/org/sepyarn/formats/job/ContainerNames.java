package org.sepyarn.formats.job;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names a task container's working folder holds besides the program's localized files: what
 * YARN puts there at launch, what the runner adds ({@code sepyarn.jar}, the progress file, the
 * datapath file, the task's files {@code f<N>-<name>}). {@code program.localize} may not take them,
 * since the localized file would replace the runner's or be replaced by it.
 */
public final class ContainerNames {
  /** The runner's jar, localized in every container. */
  public static final String JAR = "sepyarn.jar";
  /** The file a program writes its progress and checkpoints to. */
  public static final String PROGRESS_FILE = ".sepyarn-progress";
  /** SEPlib's datapath file, naming the working folder. */
  public static final String DATAPATH_FILE = ".datapath";

  private static final Set<String> RUNNER = Set.of(JAR, "plan.json", DATAPATH_FILE, "logs");
  private static final Set<String> YARN = Set.of("launch_container.sh", "container_tokens",
      "default_container_executor.sh", "default_container_executor_session.sh", "tmp");
  private static final Pattern TASK_FILE = Pattern.compile("f[0-9]+-.*");

  private ContainerNames() {
  }

  /** Why {@code name} cannot be a localized file's name, or empty when it can. */
  public static Optional<String> whyReserved(String name) {
    if (RUNNER.contains(name) || name.startsWith(".sepyarn")) {
      return Optional.of("the runner's own file \"" + name + "\"");
    }
    if (YARN.contains(name) || isChecksumOf(name)) {
      return Optional.of("YARN's own file \"" + name + "\"");
    }
    if (TASK_FILE.matcher(name).matches()) {
      return Optional.of("a name of the form f<N>-<name>, which the task's input and output files take");
    }
    return Optional.empty();
  }

  private static boolean isChecksumOf(String name) {
    return name.startsWith(".") && name.endsWith(".crc")
        && YARN.contains(name.substring(1, name.length() - ".crc".length()));
  }
}
