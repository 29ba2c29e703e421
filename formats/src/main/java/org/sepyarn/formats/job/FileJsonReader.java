package org.sepyarn.formats.job;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code files}: each with {@code tag}, {@code path}, {@code usage}, {@code distribute} and,
 * for an intermediate its step writes, {@code keep}.
 */
public final class FileJsonReader {
  private FileJsonReader() {
  }

  /**
   * The files in order, a null entry for each file that had problems (reported), so that later
   * checks can still name the others by their index.
   */
  public static List<FileSpec> readAll(JsonNode node, Problems at) {
    if (!node.isArray()) {
      at.add("expected a list of files, e.g. [{\"tag\": \"<\", \"path\": \"hdfs:///data/in.H\", \"usage\":"
          + " \"input\", \"distribute\": {\"split\": {\"axis\": 3}}}], got " + JsonValues.describe(node));
      return List.of();
    }
    List<FileSpec> files = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      files.add(read(node.get(i), at.index(i)).orElse(null));
    }
    return Collections.unmodifiableList(files);
  }

  private static Optional<FileSpec> read(JsonNode node, Problems at) {
    Optional<JsonFields> found = JsonFields.of(node, at, "tag", "path", "usage", "distribute", "keep");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    JsonFields f = found.get();
    int before = at.count();
    Optional<FileTag> tag = f.required("tag", "give \"<\" (stdin), \">\" (stdout) or a parameter such as \"vel=\"")
        .flatMap(v -> JsonValues.string(v, f.at("tag")))
        .flatMap(t -> Optional.ofNullable(FileTag.parse(t, f.at("tag"))));
    Optional<String> path = f.required("path", "give the dataset's header, e.g. \"hdfs:///data/in.H\"")
        .flatMap(v -> JsonValues.string(v, f.at("path")));
    Optional<Usage> usage = f.required("usage", "give \"input\" or \"output\"")
        .flatMap(v -> JsonValues.string(v, f.at("usage")))
        .flatMap(u -> usage(u, f.at("usage")));
    Optional<Distribution> distribute = f.required("distribute",
            "give \"copy\", {\"split\": {\"axis\": K}}, {\"patch\": {...}} or {\"irregular\": {...}}")
        .flatMap(v -> DistributionJsonReader.read(v, f.at("distribute")));
    Optional<String> keep = f.get("keep").flatMap(v -> keep(v, f.at("keep")));
    f.reportUnknownKeys();
    if (at.count() > before) {
      return Optional.empty();
    }
    FileSpec.check(tag.orElseThrow(), path.orElseThrow(), usage.orElseThrow(), at);
    FileSpec.checkDistribution(path.orElseThrow(), usage.orElseThrow(), distribute.orElseThrow(), at);
    keep.ifPresent(k -> FileSpec.checkKeep(path.orElseThrow(), usage.orElseThrow(), k, f.at("keep")));
    if (at.count() > before) {
      return Optional.empty();
    }
    return Optional.of(new FileSpec(tag.orElseThrow(), path.orElseThrow(), usage.orElseThrow(),
        distribute.orElseThrow(), keep));
  }

  /** {@code "keep": "/data/scaled.H"}: the dataset's path; {@code false} keeps nothing. */
  private static Optional<String> keep(JsonNode value, Problems at) {
    if (value.isBoolean() && !value.booleanValue()) {
      return Optional.empty();
    }
    if (value.isBoolean()) {
      at.add("true does not say where: give the dataset the intermediate is kept as, an absolute path or a URI,"
          + " e.g. \"keep\": \"/data/scaled.H\"");
      return Optional.empty();
    }
    return JsonValues.string(value, at);
  }

  private static Optional<Usage> usage(String word, Problems at) {
    try {
      return Optional.of(Usage.fromJson(word));
    } catch (IllegalArgumentException e) {
      at.add(e.getMessage());
      return Optional.empty();
    }
  }
}
