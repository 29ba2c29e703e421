package org.sepyarn.formats.solver;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** A {@link VectorStore} in memory. */
public final class MemoryStore implements VectorStore {
  private final Map<String, Vector> vectors = new HashMap<>();

  @Override
  public void put(String name, Vector vector) {
    vectors.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(vector, "vector"));
  }

  @Override
  public Vector get(String name) {
    Vector v = vectors.get(name);
    if (v == null) {
      throw new IllegalStateException("no vector is stored as " + name);
    }
    return v;
  }
}
