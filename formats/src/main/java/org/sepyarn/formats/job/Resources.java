package org.sepyarn.formats.job;

import java.util.Objects;

/**
 * What each task's container asks YARN for.
 *
 * @param memory container memory, whole MiB, at least 64m (default 1g)
 * @param vcores virtual cores, at least 1 (default 1)
 */
public record Resources(DataSize memory, int vcores) {
  public static final DataSize MIN_MEMORY = DataSize.ofMiB(64);
  public static final Resources DEFAULT = new Resources(DataSize.ofMiB(1024), 1);

  public Resources {
    Objects.requireNonNull(memory, "memory");
    Problems problems = new Problems();
    checkMemory(memory, problems.field("memory"));
    checkVcores(vcores, problems.field("vcores"));
    problems.throwIfAny("resources");
  }

  static void checkMemory(DataSize memory, Problems at) {
    if (memory.compareTo(MIN_MEMORY) < 0) {
      at.add(memory + " is too little: a task gets at least " + MIN_MEMORY);
    } else if (!memory.isWholeMiB()) {
      at.add(memory + " is not a whole number of MiB, which is how YARN allocates memory;"
          + " e.g. write \"" + DataSize.ofMiB(memory.toMiB() + 1) + "\"");
    }
  }

  static void checkVcores(int vcores, Problems at) {
    if (vcores < 1) {
      at.add(vcores + " is not allowed: a task needs at least 1 vcore");
    }
  }

  /** Memory in MiB, as YARN's {@code Resource} takes it. */
  public long memoryMiB() {
    return memory.toMiB();
  }
}
