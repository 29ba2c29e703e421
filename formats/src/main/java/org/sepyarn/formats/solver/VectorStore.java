package org.sepyarn.formats.solver;

/**
 * Where a solver keeps its vectors, by name. Names are chosen by the solver and never reused for
 * another value, so writing a name again (a step run again after a crash) writes the same
 * vector. Out of core, a name is a dataset (or its pieces) in the work folder.
 */
public interface VectorStore {
  void put(String name, Vector vector);

  /** The vector stored under {@code name}. @throws IllegalStateException when there is none */
  Vector get(String name);
}
