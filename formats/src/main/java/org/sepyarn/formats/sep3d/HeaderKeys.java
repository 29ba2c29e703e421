package org.sepyarn.formats.sep3d;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.sepyarn.formats.history.History;

/**
 * The keys of a header dataset, in storage order: key {@code i} (0-based here) is the
 * {@code i}-th 4-byte word of every header record, described by {@code hdrkey(i+1)},
 * {@code hdrtype(i+1)} and {@code hdrfmt(i+1)}. Immutable.
 */
public final class HeaderKeys {
  private final List<HeaderKey> keys;
  private final Map<String, Integer> index = new HashMap<>();

  public HeaderKeys(List<HeaderKey> keys) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("a header dataset needs at least one key");
    }
    this.keys = List.copyOf(keys);
    for (int i = 0; i < this.keys.size(); i++) {
      HeaderKey k = this.keys.get(i);
      if (index.put(k.name(), i) != null) {
        throw new IllegalArgumentException("header key \"" + k.name() + "\" is given twice (keys "
            + (index.get(k.name()) + 1) + " and " + (i + 1) + "); each key needs its own name");
      }
    }
    OptionalInt drn = indexOf(HeaderKey.DATA_RECORD_NUMBER);
    if (drn.isPresent() && this.keys.get(drn.getAsInt()).type() != KeyType.SCALAR_INT) {
      throw new IllegalArgumentException("key " + HeaderKey.DATA_RECORD_NUMBER + " must be scalar_int");
    }
  }

  public static HeaderKeys of(HeaderKey... keys) {
    return new HeaderKeys(List.of(keys));
  }

  /**
   * The keys a header dataset's history describes; {@code n1} must equal the number of keys.
   *
   * @throws IllegalArgumentException naming the file and the missing or invalid key
   */
  public static HeaderKeys read(History history, int n1) {
    String source = history.sourceName();
    List<HeaderKey> keys = new ArrayList<>();
    for (int i = 1; i <= n1; i++) {
      Optional<String> name = history.get("hdrkey" + i);
      if (name.isEmpty()) {
        throw new IllegalArgumentException("header dataset " + source + " has n1=" + n1 + " keys but no hdrkey" + i
            + "; every key 1.." + n1 + " needs hdrkeyI=\"name\" and hdrtypeI=scalar_int|scalar_float");
      }
      KeyType type = KeyType.of(history.get("hdrtype" + i).orElse(null), history.get("hdrfmt" + i).orElse(null), i,
          source);
      try {
        keys.add(new HeaderKey(name.get().trim(), type));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("hdrkey" + i + "=\"" + name.get() + "\" in " + source + ": " + e.getMessage(),
            e);
      }
    }
    if (history.has("hdrkey" + (n1 + 1))) {
      throw new IllegalArgumentException("header dataset " + source + " names hdrkey" + (n1 + 1) + " but has n1=" + n1
          + ": n1 must be the number of keys");
    }
    try {
      return new HeaderKeys(keys);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("header dataset " + source + ": " + e.getMessage(), e);
    }
  }

  /** {@code hdrkeyI}, {@code hdrtypeI}, {@code hdrfmtI} for every key, for a header dataset's history. */
  public Map<String, String> parameters() {
    Map<String, String> p = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      HeaderKey k = keys.get(i);
      p.put("hdrkey" + (i + 1), k.name());
      p.put("hdrtype" + (i + 1), k.type().typeName());
      p.put("hdrfmt" + (i + 1), k.type().formatName());
    }
    return p;
  }

  public List<HeaderKey> list() {
    return keys;
  }

  public int size() {
    return keys.size();
  }

  public HeaderKey get(int i) {
    return keys.get(i);
  }

  /** Bytes per header record: 4 per key. */
  public int recordBytes() {
    return 4 * keys.size();
  }

  public OptionalInt indexOf(String name) {
    Integer i = index.get(name);
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /** The index of {@code name}, or an error listing the keys there are. */
  public int require(String name, String what) {
    return indexOf(name).orElseThrow(() -> new IllegalArgumentException(what + " names header key \"" + name
        + "\", which the dataset does not have; its keys are " + names()));
  }

  /** The same keys with {@code data_record_number} added at the end unless it is there already. */
  public HeaderKeys withDataRecordNumber() {
    if (indexOf(HeaderKey.DATA_RECORD_NUMBER).isPresent()) {
      return this;
    }
    List<HeaderKey> more = new ArrayList<>(keys);
    more.add(HeaderKey.ofInt(HeaderKey.DATA_RECORD_NUMBER));
    return new HeaderKeys(more);
  }

  public List<String> names() {
    return keys.stream().map(HeaderKey::name).toList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HeaderKeys h && h.keys.equals(keys);
  }

  @Override
  public int hashCode() {
    return keys.hashCode();
  }

  @Override
  public String toString() {
    return names().toString();
  }
}
