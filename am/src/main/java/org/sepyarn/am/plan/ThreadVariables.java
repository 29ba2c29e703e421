package org.sepyarn.am.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The thread-count variables of OpenMP and the usual BLAS libraries, set to the vcores a task's
 * container has, so that a multi-threaded program does not start one thread per core of the
 * node inside a container given fewer. A variable the job's {@code program.env} sets keeps the
 * job's value.
 */
public final class ThreadVariables {
  /** The variables set, in the order they are added. */
  public static final List<String> NAMES = List.of("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
      "BLIS_NUM_THREADS", "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS");

  private ThreadVariables() {
  }

  /** {@code programEnv} with each thread variable it does not set set to {@code vcores}. */
  public static Map<String, String> withThreads(Map<String, String> programEnv, int vcores) {
    if (vcores < 1) {
      throw new IllegalArgumentException("a task has at least 1 vcore, got " + vcores);
    }
    Map<String, String> env = new LinkedHashMap<>(programEnv);
    for (String name : NAMES) {
      env.putIfAbsent(name, Integer.toString(vcores));
    }
    return env;
  }
}
