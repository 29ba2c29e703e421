package org.sepyarn.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The serial program of the fault-tolerance tests: a shell script that records each run of each
 * task in {@code runs.log}, then fails, hangs, or waits and scales its input, as its arguments
 * say ({@code id=N mode=fail|fail-once|checkpoint-once|big-checkpoint-once|native-once|hang|gated|gated-handover|ok
 * delay=SECONDS slow=K}); with {@code checkpoint-once} the first attempt leaves a checkpoint and fails,
 * the second records its arguments in {@code args-N}; {@code big-checkpoint-once} does the same
 * but, after its checkpoint, appends one of 1 MiB; {@code native-once} makes task 1's first run
 * write its output piece as {@code native_float} (the others, and later runs, write
 * {@code xdr_float}); {@code gated} waits until the test {@link #open opens} the gate, and
 * {@code gated-handover} does so only in a container that ran a task before (one handed over to a
 * reused container, told by YARN's {@code CONTAINER_ID}); the first run
 * of task {@code slow=K} hangs (a straggler), its later runs do not. Test code: production code has
 * no switch for any of this.
 */
final class HarmProgram {
  static final String HANG_MARKER = "987";

  private final File dir;
  private final File script;

  HarmProgram(File dir) throws IOException {
    this.dir = dir;
    dir.mkdirs();
    this.script = new File(dir, "harm-program.sh");
    Files.writeString(script.toPath(), String.join("\n",
        "#!/bin/sh",
        "dir='" + dir.getAbsolutePath() + "'",
        "id=; mode=ok; delay=0; slow=",
        "for a in \"$@\"; do",
        "  case \"$a\" in",
        "    id=*) id=${a#id=} ;;",
        "    mode=*) mode=${a#mode=} ;;",
        "    delay=*) delay=${a#delay=} ;;",
        "    slow=*) slow=${a#slow=} ;;",
        "  esac",
        "done",
        "echo \"$id\" >> \"$dir/runs.log\"",
        "if [ \"$id\" = \"$slow\" ] && [ ! -e \"$dir/slowed-$id\" ]; then : > \"$dir/slowed-$id\"; sleep "
            + HANG_MARKER + " & wait; fi",
        "case \"$mode\" in",
        "  fail) echo \"deliberate failure of task $id\" >&2; exit 3 ;;",
        "  fail-once) if [ ! -e \"$dir/failed-$id\" ]; then : > \"$dir/failed-$id\"; "
            + "echo \"failing once: task $id\" >&2; exit 3; fi ;;",
        "  hang) sleep " + HANG_MARKER + " & wait; exit 0 ;;",
        "  gated) while [ ! -e \"$dir/open\" ]; do sleep 0.1; done ;;",
        "  gated-handover) if [ -e \"$dir/container-$CONTAINER_ID\" ]; then "
            + "while [ ! -e \"$dir/open\" ]; do sleep 0.1; done; fi; : > \"$dir/container-$CONTAINER_ID\" ;;",
        "  checkpoint-once) if [ ! -e \"$dir/failed-$id\" ]; then : > \"$dir/failed-$id\"; "
            + "echo 'progress=0.5 checkpoint=\"step 7 of 9\"' > \"$SEPYARN_PROGRESS_FILE\"; sleep 4; exit 3; fi;"
            + " printf '%s\\n' \"$@\" > \"$dir/args-$id\" ;;",
        "  big-checkpoint-once) if [ ! -e \"$dir/failed-$id\" ]; then : > \"$dir/failed-$id\"; "
            + "echo 'progress=0.5 checkpoint=\"step 7 of 9\"' > \"$SEPYARN_PROGRESS_FILE\"; sleep 4; "
            + "{ printf 'progress=0.6 checkpoint='; head -c 1048576 /dev/zero | tr '\\000' x; echo; }"
            + " >> \"$SEPYARN_PROGRESS_FILE\"; sleep 4; exit 3; fi;"
            + " printf '%s\\n' \"$@\" > \"$dir/args-$id\" ;;",
        "  native-once) if [ \"$id\" = 1 ] && [ ! -e \"$dir/native-$id\" ]; then : > \"$dir/native-$id\"; "
            + "java -cp sepyarn.jar org.sepyarn.examples.Tools scale \"$@\" || exit $?; "
            + "echo 'data_format=\"native_float\"'; exit 0; fi ;;",
        "esac",
        "sleep \"$delay\"",
        "exec java -cp sepyarn.jar org.sepyarn.examples.Tools scale \"$@\"",
        ""));
    if (!script.setExecutable(true)) {
      throw new IOException("cannot make " + script + " executable");
    }
  }

  String path() {
    return script.getAbsolutePath();
  }

  /** Lets the tasks of modes {@code gated} and {@code gated-handover} go on; opening an open gate does nothing. */
  void open() throws IOException {
    File gate = new File(dir, "open");
    if (!gate.exists()) {
      Files.createFile(gate.toPath());
    }
  }

  /** Every run recorded so far, as task ids in order. */
  List<String> runs() throws IOException {
    File log = new File(dir, "runs.log");
    return log.exists() ? Files.readAllLines(log.toPath()) : new ArrayList<>();
  }

  /** The arguments the retry of task {@code id} got (mode {@code checkpoint-once}). */
  List<String> retryArguments(int id) throws IOException {
    return Files.readAllLines(new File(dir, "args-" + id).toPath());
  }

  /** A split job over {@code input}: one task per id, each getting {@code id=N} and the common args. */
  String job(String name, String input, String output, int tasks, String commonArgs, String extra) {
    StringBuilder perTask = new StringBuilder();
    for (int i = 0; i < tasks; i++) {
      perTask.append(i == 0 ? "" : ", ").append("[\"id=").append(i).append("\"]");
    }
    return "{\"name\": \"" + name + "\", \"program\": {\"command\": [\"" + path() + "\"], \"args\": [" + commonArgs
        + "]}, \"tasks\": [" + perTask + "], " + extra + "\"files\": ["
        + "{\"tag\": \"<\", \"path\": \"" + input + "\", \"usage\": \"input\", \"distribute\": {\"split\": {\"axis\": 2}}},"
        + "{\"tag\": \">\", \"path\": \"" + output + "\", \"usage\": \"output\", \"distribute\": {\"split\": {\"axis\": 2}}}]}";
  }
}
