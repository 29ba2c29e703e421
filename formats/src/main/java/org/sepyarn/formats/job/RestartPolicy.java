package org.sepyarn.formats.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a retried task adds to its command line when its previous attempt left a checkpoint:
 * {@code args}, then {@code checkpointArg=<local path of the checkpoint>}. The default,
 * {@code restart=y checkpoint=<path>}, follows SEPlib's restartable programs.
 *
 * @param args arguments that tell the program to resume (default {@code ["restart=y"]})
 * @param checkpointArg the parameter that receives the checkpoint's path (default {@code checkpoint})
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

  /** The arguments a retried attempt adds, given where its checkpoint was put. */
  public List<String> argsFor(String checkpointPath) {
    List<String> all = new ArrayList<>(args);
    all.add(checkpointArg + "=" + checkpointPath);
    return List.copyOf(all);
  }
}
