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
  private static final String FORMS = "\"copy\", {\"split\": {\"axis\": K}} or {\"patch\": {...}}";
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
    JsonFields f = JsonFields.of(node, at, "split", "patch", "copy").orElseThrow();
    int before = at.count();
    f.reportUnknownKeys();
    if (f.has("copy")) {
      f.at("copy").add("write copy as a plain string: \"distribute\": \"copy\"");
      return Optional.empty();
    }
    if (f.has("split") && f.has("patch")) {
      at.add("give one of split and patch, not both");
      return Optional.empty();
    }
    if (f.has("split")) {
      return f.get("split").flatMap(v -> split(v, f.at("split")));
    }
    if (f.has("patch")) {
      return f.get("patch").flatMap(v -> patch(v, f.at("patch")));
    }
    if (at.count() == before) {
      at.add("expected " + FORMS + ", got an object without split or patch");
    }
    return Optional.empty();
  }

  private static Optional<Distribution> word(String word, Problems at) {
    if (word.equals("copy")) {
      return Optional.of(Copy.INSTANCE);
    }
    if (word.equals("split") || word.equals("patch")) {
      at.add("\"" + word + "\" needs its settings: write " + (word.equals("split")
          ? "{\"split\": {\"axis\": 2}}" : "{\"patch\": {\"blocks\": [4, 4], \"overlap\": [10, 10]}}"));
      return Optional.empty();
    }
    String guess = KeySuggestion.nearest(word, List.of("copy", "split", "patch"))
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
}
