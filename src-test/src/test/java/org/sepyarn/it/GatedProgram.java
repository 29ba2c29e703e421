package org.sepyarn.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

/**
 * The serial program of the monitoring tests: a shell script that writes a known line to its
 * stderr, reports {@code progress=0.5}, and then waits until the test opens its gate (a file in
 * its folder); then, given {@code scale=...}, it scales its input. {@code id=N} names the task,
 * {@code mode=fail} makes it fail at once after writing its stderr line, {@code mode=quick} skips
 * the wait. Test code: production code has no switch for any of this.
 */
final class GatedProgram {
  private final File dir;
  private final File script;

  GatedProgram(File dir) throws IOException {
    this.dir = dir;
    dir.mkdirs();
    this.script = new File(dir, "gated-program.sh");
    Files.writeString(script.toPath(), String.join("\n",
        "#!/bin/sh",
        "dir='" + dir.getAbsolutePath() + "'",
        "id=; mode=wait; scale=",
        "for a in \"$@\"; do",
        "  case \"$a\" in",
        "    id=*) id=${a#id=} ;;",
        "    mode=*) mode=${a#mode=} ;;",
        "    scale=*) scale=y ;;",
        "  esac",
        "done",
        "echo \"" + stderrLine("$id") + "\" >&2",
        "case \"$mode\" in",
        "  fail) echo \"giving up: task $id\" >&2; exit 3 ;;",
        "  quick) ;;",
        "  *) echo progress=0.5 > \"$SEPYARN_PROGRESS_FILE\"",
        "     while [ ! -e \"$dir/open\" ]; do sleep 0.2; done ;;",
        "esac",
        "if [ \"$scale\" != y ]; then exit 0; fi",
        "exec java -cp sepyarn.jar org.sepyarn.examples.Tools scale \"$@\"",
        ""));
    if (!script.setExecutable(true)) {
      throw new IOException("cannot make " + script + " executable");
    }
  }

  /** The line task {@code id} writes on its stderr first. */
  static String stderrLine(String id) {
    return "stderr line of task " + id;
  }

  String path() {
    return script.getAbsolutePath();
  }

  /**
   * A job running this program once per entry of {@code modes} (task {@code i} gets {@code id=i}
   * and {@code mode=modes[i]}) after the arguments {@code args} every task gets, with {@code extra}
   * keys (each followed by a comma) and the {@code files} array's entries, if any.
   */
  String job(String name, List<String> modes, List<String> args, String extra, String files) {
    StringBuilder tasks = new StringBuilder();
    for (int i = 0; i < modes.size(); i++) {
      tasks.append(i == 0 ? "" : ", ").append("[\"id=").append(i).append("\", \"mode=").append(modes.get(i))
          .append("\"]");
    }
    StringBuilder common = new StringBuilder();
    for (String a : args) {
      common.append(common.length() == 0 ? "" : ", ").append('"').append(a).append('"');
    }
    return "{\"name\": \"" + name + "\", \"program\": {\"command\": [\"" + path() + "\"], \"args\": [" + common
        + "]}, \"tasks\": [" + tasks + "], " + extra + "\"files\": [" + files + "]}";
  }

  /** A job without files: the tasks only write their stderr and report progress. */
  String job(String name, List<String> modes, String extra) {
    return job(name, modes, List.of(), extra, "");
  }

  /** Lets every waiting task go on. */
  void open() throws IOException {
    Files.writeString(new File(dir, "open").toPath(), "");
  }
}
