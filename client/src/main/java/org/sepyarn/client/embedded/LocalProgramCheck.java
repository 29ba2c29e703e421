package org.sepyarn.client.embedded;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sepyarn.formats.job.JobError;
import org.sepyarn.formats.job.ProgramSpec;

/**
 * In the embedded mode the tasks run on this machine, so the program can be checked before
 * anything starts: an absolute command must be an executable file, a bare name must be found on
 * this process's {@code PATH} (the runner finds it on its own {@code PATH}, which the embedded
 * cluster's containers inherit from this process; {@code program.env}'s is the program's, too
 * late for finding it), and a relative
 * path ({@code ./rtm}) must be one of the {@code program.localize} files or lie in the folder of one
 * of the {@code program.archives} ({@code m8r/bin/sfsmooth}), the only files a task's working folder
 * holds before it runs.
 */
final class LocalProgramCheck {
  private static final String AT = "program.command[0]";

  private LocalProgramCheck() {
  }

  /**
   * Why the program cannot start, if it cannot.
   *
   * @param processPath this process's {@code PATH}
   */
  static Optional<JobError> check(ProgramSpec program, String processPath) {
    String command = program.command().get(0);
    if (command.startsWith("/")) {
      return executable(Paths.get(command), "\"" + command + "\"");
    }
    if (command.contains("/")) {
      String name = Paths.get(command).normalize().toString();
      if (localizedNames(program).contains(name)) {
        return Optional.empty();
      }
      String folder = Paths.get(name).getName(0).toString();
      if (archiveNames(program).contains(folder)) {
        // Inside an archive YARN unpacks at launch; what it holds is seen only then.
        return Optional.empty();
      }
      return Optional.of(new JobError(AT, "\"" + command + "\" is relative to the task's working folder, but no"
          + " file of program.localize is named " + name + " there, nor is an archive of program.archives unpacked"
          + " as " + folder + "; localize it, ship it in an archive, or give the program's absolute path"));
    }
    String path = processPath == null ? "" : processPath;
    for (String folder : path.split(File.pathSeparator)) {
      if (!folder.isEmpty() && Paths.get(folder).isAbsolute() && executable(Paths.get(folder, command), "").isEmpty()) {
        return Optional.empty();
      }
    }
    String localized = localizedNames(program).contains(command) ? "; it is a file of program.localize: write \"./"
        + command + "\" to run it from the task's working folder" : "; give its absolute path, or install it";
    return Optional.of(new JobError(AT, "\"" + command + "\" is not an executable file in any folder of the PATH"
        + " (" + path + ")" + localized));
  }

  private static Optional<JobError> executable(Path file, String shown) {
    String what = shown.isEmpty() ? file.toString() : shown;
    if (!file.toFile().exists()) {
      return Optional.of(new JobError(AT, what + " does not exist on this machine; give the path of an installed"
          + " program"));
    }
    if (!file.toFile().isFile()) {
      return Optional.of(new JobError(AT, what + " is a folder, not a program"));
    }
    if (!file.toFile().canExecute()) {
      return Optional.of(new JobError(AT, what + " is not executable; make it so (chmod +x " + file + ")"));
    }
    return Optional.empty();
  }

  private static Set<String> archiveNames(ProgramSpec program) {
    return program.archives().stream().map((URI uri) -> ProgramSpec.localName(uri)).collect(Collectors.toSet());
  }

  private static Set<String> localizedNames(ProgramSpec program) {
    return program.localize().stream().map((URI uri) -> ProgramSpec.localName(uri)).collect(Collectors.toSet());
  }
}
