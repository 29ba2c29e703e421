package org.sepyarn.formats.job;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What each task's container asks YARN for.
 *
 * @param memory container memory, whole MiB, at least 64m (default 1g)
 * @param vcores virtual cores, at least 1 (default 1)
 * @param types amounts of the cluster's other resource types ({@code resource-types.xml}), by their
 *     full name with its prefix, e.g. {@code yarn.io/gpu}: whole numbers, at least 0 (default none)
 */
public record Resources(DataSize memory, int vcores, Map<String, Long> types) {
  public static final DataSize MIN_MEMORY = DataSize.ofMiB(64);
  public static final Resources DEFAULT = new Resources(DataSize.ofMiB(1024), 1);
  /**
   * A resource type's name as YARN accepts it ({@code ResourceUtils}): an optional DNS-like prefix and
   * {@code /}, then a letter and letters, digits, {@code _ . -}. Here the prefix is required, which
   * tells a resource type from a misspelt key.
   */
  private static final Pattern TYPE_NAME = Pattern.compile(
      "((\\p{Alnum}([\\p{Alnum}-]*\\p{Alnum})?\\.)*\\p{Alnum}([\\p{Alnum}-]*\\p{Alnum})?)/\\p{Alpha}[\\w.-]*");

  public Resources {
    Objects.requireNonNull(memory, "memory");
    types = Collections.unmodifiableMap(new TreeMap<>(types));
    Problems problems = new Problems();
    checkMemory(memory, problems.field("memory"));
    checkVcores(vcores, problems.field("vcores"));
    checkTypes(types, problems);
    problems.throwIfAny("resources");
  }

  /** Memory and vcores only. */
  public Resources(DataSize memory, int vcores) {
    this(memory, vcores, Map.of());
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

  /** Whether {@code key} of {@code resources} names a resource type (it has a prefix and {@code /}). */
  static boolean isTypeKey(String key) {
    return key.indexOf('/') >= 0;
  }

  static void checkTypes(Map<String, Long> types, Problems at) {
    for (Map.Entry<String, Long> e : types.entrySet()) {
      if (!TYPE_NAME.matcher(e.getKey()).matches()) {
        at.field(e.getKey()).add("not a resource type's name: write the name the cluster's resource-types.xml"
            + " gives, with its prefix, e.g. \"yarn.io/gpu\"; memory and vcores have their own keys");
      } else if (e.getValue() == null || e.getValue() < 0) {
        at.field(e.getKey()).add(e.getValue() + " is not allowed: give a whole number, at least 0");
      }
    }
  }

  /** Memory in MiB, as YARN's {@code Resource} takes it. */
  public long memoryMiB() {
    return memory.toMiB();
  }
}
