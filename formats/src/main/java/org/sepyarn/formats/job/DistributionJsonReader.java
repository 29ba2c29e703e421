package org.sepyarn.formats.job;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.sepyarn.formats.geometry.Hypercube;

/**
 * Reads a file's {@code distribute}: {@code "copy"}, {@code {"split": {"axis": K}}} or
 * {@code {"patch": {...}}} with either {@code blocks} (and {@code overlap}) or {@code size} and
 * {@code count}, and optionally {@code axes}.
 */
public final class DistributionJsonReader {
  private static final String FORMS = "\"copy\", {\"split\": {\"axis\": K}}, {\"patch\": {...}} or"
      + " {\"irregular\": {...}}";
  private static final String IRREGULAR_FORMS = "give the header keys to cut by with a block count and an overlap"
      + " for each, e.g. {\"keys\": [\"cmp_x\", \"cmp_y\"], \"blocks\": [4, 2], \"overlap\": [50.0, 50.0]}, or"
      + " only blocks (and overlap in cells) to cut the dataset's grid axes, e.g. {\"blocks\": [4, 2], \"overlap\": [1, 1]}";
  private static final String PATCH_FORMS = "give blocks (SEP style, e.g. {\"blocks\": [4, 4], \"overlap\": [10, 10]})"
      + " or size and count (Claerbout style, e.g. {\"size\": [100, 100], \"count\": [5, 5]})";

  private DistributionJsonReader() {
  }

  /** The distribution, or empty after reporting every problem found. */
  public static Optional<Distribution> read(JsonNode node, Problems at) {
    if (node.isTextual()) {
      return word(node.textValue(), at);
    }
    if (!node.isObject()) {
      at.add("expected " + FORMS + ", got " + JsonValues.describe(node));
      return Optional.empty();
    }
    JsonFields f = JsonFields.of(node, at, "split", "patch", "irregular", "copy").orElseThrow();
    int before = at.count();
    f.reportUnknownKeys();
    if (f.has("copy")) {
      f.at("copy").add("write copy as a plain string: \"distribute\": \"copy\"");
      return Optional.empty();
    }
    if ((f.has("split") ? 1 : 0) + (f.has("patch") ? 1 : 0) + (f.has("irregular") ? 1 : 0) > 1) {
      at.add(f.has("irregular") ? "give one of split, patch and irregular, not several"
          : "give one of split and patch, not both");
      return Optional.empty();
    }
    if (f.has("irregular")) {
      return f.get("irregular").flatMap(v -> irregular(v, f.at("irregular")));
    }
    if (f.has("split")) {
      return f.get("split").flatMap(v -> split(v, f.at("split")));
    }
    if (f.has("patch")) {
      return f.get("patch").flatMap(v -> patch(v, f.at("patch")));
    }
    if (at.count() == before) {
      at.add("expected " + FORMS + ", got an object without split or patch (or irregular)");
    }
    return Optional.empty();
  }

  private static Optional<Distribution> word(String word, Problems at) {
    if (word.equals("copy")) {
      return Optional.of(Copy.INSTANCE);
    }
    if (word.equals("split") || word.equals("patch") || word.equals("irregular")) {
      at.add("\"" + word + "\" needs its settings: write " + (word.equals("split")
          ? "{\"split\": {\"axis\": 2}}" : word.equals("patch") ? "{\"patch\": {\"blocks\": [4, 4], \"overlap\": [10, 10]}}"
          : "{\"irregular\": {\"keys\": [\"cmp_x\", \"cmp_y\"], \"blocks\": [4, 2], \"overlap\": [50.0, 50.0]}}"));
      return Optional.empty();
    }
    String guess = KeySuggestion.nearest(word, List.of("copy", "split", "patch", "irregular"))
        .map(k -> "; did you mean \"" + k + "\"?").orElse("");
    at.add("\"" + word + "\" is not a distribution: expected " + FORMS + guess);
    return Optional.empty();
  }

  private static Optional<Distribution> split(JsonNode node, Problems at) {
    Optional<JsonFields> found = JsonFields.of(node, at, "axis");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    JsonFields f = found.get();
    int before = at.count();
    Optional<Integer> axis = f.required("axis", "give the axis to split along, 1 to 9, e.g. {\"axis\": 2}")
        .flatMap(v -> JsonValues.integer(v, f.at("axis")));
    f.reportUnknownKeys();
    if (at.count() > before) {
      return Optional.empty();
    }
    Split.check(axis.orElseThrow(), at);
    return at.count() > before ? Optional.empty() : Optional.of(new Split(axis.orElseThrow()));
  }

  private static Optional<Distribution> patch(JsonNode node, Problems at) {
    Optional<JsonFields> found = JsonFields.of(node, at, "blocks", "overlap", "halo", "size", "count", "axes");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    JsonFields f = found.get();
    int before = at.count();
    Optional<List<Integer>> axes = f.integers("axes");
    Optional<List<Integer>> blocks = f.integers("blocks");
    Optional<List<Integer>> overlap = f.integers("overlap");
    Optional<List<Integer>> halo = f.integers("halo");
    Optional<List<Integer>> size = f.integers("size");
    Optional<List<Integer>> count = f.integers("count");
    f.reportUnknownKeys();
    boolean blockStyle = f.has("blocks");
    boolean windowStyle = f.has("size") || f.has("count");
    if (blockStyle && windowStyle) {
      at.add("give either blocks (with overlap) or size and count, not both");
    } else if (!blockStyle && !windowStyle) {
      at.add(PATCH_FORMS);
    } else if (windowStyle) {
      if (f.has("overlap")) {
        f.at("overlap").add("not used with size and count: Claerbout-style windows overlap by whatever the"
            + " axis length leaves; to set the overlap yourself use blocks and overlap");
      }
      if (f.has("halo")) {
        f.at("halo").add("a halo is given with blocks and overlap, not with size and count: use blocks and overlap"
            + " to blend with a halo");
      }
      f.required("size", "Claerbout-style patches need the window size along each axis, e.g. [100, 100]");
      f.required("count", "Claerbout-style patches need the number of windows along each axis, e.g. [5, 5]");
    }
    if (at.count() > before) {
      return Optional.empty();
    }
    if (blockStyle) {
      List<Integer> b = blocks.orElseThrow();
      List<Integer> o = overlap.orElse(Collections.nCopies(b.size(), 0));
      List<Integer> a = axes.orElse(PatchRules.firstAxes(Math.min(b.size(), Hypercube.MAX_AXES)));
      List<Integer> h = halo.orElse(Collections.nCopies(b.size(), 0));
      BlockPatch.check(a, b, o, h, at);
      return at.count() > before ? Optional.empty() : Optional.of(new BlockPatch(a, b, o, h));
    }
    List<Integer> s = size.orElseThrow();
    List<Integer> c = count.orElseThrow();
    List<Integer> a = axes.orElse(PatchRules.firstAxes(Math.min(c.size(), Hypercube.MAX_AXES)));
    WindowPatch.check(a, s, c, at);
    return at.count() > before ? Optional.empty() : Optional.of(new WindowPatch(a, s, c));
  }

  private static Optional<Distribution> irregular(JsonNode node, Problems at) {
    Optional<JsonFields> found = JsonFields.of(node, at, "keys", "blocks", "overlap", "emptyBlocks");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    JsonFields f = found.get();
    int before = at.count();
    List<String> keys = f.strings("keys").orElse(List.of());
    if (f.has("keys") && keys.isEmpty() && at.count() == before) {
      f.at("keys").add("an empty list: name at least one header key, e.g. [\"cmp_x\"], or leave keys out to cut"
          + " the dataset's grid axes");
    }
    Optional<List<Integer>> blocks = f.integers("blocks");
    if (!f.has("blocks")) {
      at.add(IRREGULAR_FORMS);
    }
    Optional<List<Double>> overlap = f.get("overlap").flatMap(v -> numbers(v, f.at("overlap")));
    Irregular.EmptyBlocks empty = Irregular.EmptyBlocks.RUN;
    Optional<String> emptyWord = f.string("emptyBlocks");
    if (emptyWord.isPresent()) {
      try {
        empty = Irregular.EmptyBlocks.fromJson(emptyWord.get());
      } catch (IllegalArgumentException e) {
        f.at("emptyBlocks").add(e.getMessage());
      }
    }
    f.reportUnknownKeys();
    if (at.count() > before) {
      return Optional.empty();
    }
    List<Integer> b = blocks.orElseThrow();
    List<Double> o = overlap.orElse(Collections.nCopies(b.size(), 0.0));
    Irregular.check(keys, b, o, at);
    return at.count() > before ? Optional.empty() : Optional.of(new Irregular(keys, b, o, empty));
  }

  private static Optional<List<Double>> numbers(JsonNode node, Problems at) {
    if (!node.isArray()) {
      at.add("expected a list of numbers, one per key, e.g. [50.0, 50.0], got " + JsonValues.describe(node));
      return Optional.empty();
    }
    int before = at.count();
    List<Double> values = new java.util.ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonValues.number(node.get(i), at.index(i)).ifPresent(values::add);
    }
    return at.count() > before ? Optional.empty() : Optional.of(values);
  }
}
