package org.sepyarn.am.schedule;

import java.util.BitSet;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A set of task indexes, kept as one bit per index: what the scheduler's indexes of a million
 * tasks cost in bits rather than in tree nodes (a {@code TreeSet<Integer>} takes about 56 bytes per
 * index). Iterates in ascending order. The lowest index is found from a hint that only moves up
 * as the low indexes leave, so taking the lowest repeatedly, as the scheduler does, costs O(1)
 * amortized.
 */
final class IndexSet implements Iterable<Integer> {
  private final BitSet bits = new BitSet();
  private int size;
  /** No index below this one is in the set. */
  private int lowest;

  IndexSet() {
  }

  IndexSet(IndexSet other) {
    bits.or(other.bits);
    size = other.size;
    lowest = other.lowest;
  }

  boolean add(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("task index " + index + " is negative");
    }
    if (bits.get(index)) {
      return false;
    }
    bits.set(index);
    size++;
    lowest = Math.min(lowest, index);
    return true;
  }

  boolean remove(int index) {
    if (index < 0 || !bits.get(index)) {
      return false;
    }
    bits.clear(index);
    size--;
    return true;
  }

  boolean contains(int index) {
    return index >= 0 && bits.get(index);
  }

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** The lowest index; the set must not be empty. */
  int first() {
    if (size == 0) {
      throw new NoSuchElementException("the set of task indexes is empty");
    }
    lowest = bits.nextSetBit(lowest);
    return lowest;
  }

  /** The lowest index at or above {@code from}, or -1 when there is none. */
  int next(int from) {
    if (size == 0) {
      return -1;
    }
    return bits.nextSetBit(Math.max(from, first()));
  }

  /** Removes and returns the lowest index, or -1 when the set is empty. */
  int pollFirst() {
    if (size == 0) {
      return -1;
    }
    int first = first();
    remove(first);
    return first;
  }

  void addAll(IndexSet other) {
    for (int i = other.bits.nextSetBit(0); i >= 0; i = other.bits.nextSetBit(i + 1)) {
      add(i);
    }
  }

  void clear() {
    bits.clear();
    size = 0;
    lowest = 0;
  }

  /** The indexes in ascending order; the set must not change while iterating. */
  @Override
  public Iterator<Integer> iterator() {
    return new Iterator<>() {
      private int next = size == 0 ? -1 : first();

      @Override
      public boolean hasNext() {
        return next >= 0;
      }

      @Override
      public Integer next() {
        if (next < 0) {
          throw new NoSuchElementException();
        }
        int current = next;
        next = bits.nextSetBit(current + 1);
        return current;
      }
    };
  }

  @Override
  public String toString() {
    return bits.toString();
  }
}
