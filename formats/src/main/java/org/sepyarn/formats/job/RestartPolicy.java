package org.sepyarn.formats.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a retried task adds to its command line when an earlier attempt left a checkpoint (the
 * text a program writes as {@code checkpoint=} to its progress file, SEP's {@code sep_progress}):
 * {@code args}, then {@code checkpointArg=<checkpoint text>}. The default,
 * {@code restart=y checkpoint=<text>}, follows SEPlib's restartable programs.
 *
 * @param args arguments that tell the program to resume (default {@code ["restart=y"]})
 * @param checkpointArg the parameter that receives the checkpoint text (default {@code checkpoint})
 */
public record RestartPolicy(List<String> args, String checkpointArg) {
  public static final RestartPolicy DEFAULT = new RestartPolicy(List.of("restart=y"), "checkpoint");

  public RestartPolicy {
    args = List.copyOf(args);
    Objects.requireNonNull(checkpointArg, "checkpointArg");
    Problems problems = new Problems();
    check(args, checkpointArg, problems);
    problems.throwIfAny("restart");
  }

  static void check(List<String> args, String checkpointArg, Problems at) {
    ArgumentRules.checkArgs(args, at.field("args"));
    ArgumentRules.checkKey(checkpointArg, "checkpoint parameter", at.field("checkpointArg"));
  }

  /** The arguments a retried attempt adds, given the last checkpoint text. */
  public List<String> argsFor(String checkpoint) {
    List<String> all = new ArrayList<>(args);
    all.add(checkpointArg + "=" + checkpoint);
    return List.copyOf(all);
  }
}
