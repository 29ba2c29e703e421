package org.sepyarn.formats.job;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code program}: {@code command}, {@code args}, {@code env}, {@code localize},
 * {@code secretArgs}, {@code archives}, {@code secretEnv}, {@code container}.
 */
public final class ProgramJsonReader {
  private ProgramJsonReader() {
  }

  /** The program, or empty after reporting every problem found. */
  public static Optional<ProgramSpec> read(JsonNode node, Problems at) {
    Optional<JsonFields> found = JsonFields.of(node, at, "command", "args", "env", "localize", "secretArgs",
        "archives", "secretEnv", "container");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    JsonFields f = found.get();
    int before = at.count();
    List<String> command = f.required("command", "give the program to run, e.g. [\"/opt/rsf/bin/sfsmooth\"]")
        .flatMap(v -> JsonValues.strings(v, f.at("command"))).orElse(List.of());
    List<String> args = f.strings("args").orElse(List.of());
    Map<String, String> env = f.get("env").flatMap(v -> env(v, f.at("env"))).orElse(Map.of());
    List<URI> localize = f.get("localize").flatMap(v -> uris(v, f.at("localize"))).orElse(List.of());
    List<String> secretArgs = f.strings("secretArgs").orElse(List.of());
    List<URI> archives = f.get("archives").flatMap(v -> uris(v, f.at("archives"))).orElse(List.of());
    List<String> secretEnv = f.strings("secretEnv").orElse(List.of());
    Optional<ContainerImage> container = f.get("container").flatMap(v -> container(v, f.at("container")));
    f.reportUnknownKeys();
    if (at.count() > before) {
      return Optional.empty();
    }
    ProgramSpec.check(command, args, env, localize, at);
    ProgramSpec.checkSecretArgs(secretArgs, f.at("secretArgs"));
    ProgramSpec.checkShipped(localize, archives, at);
    ProgramSpec.checkSecretEnv(secretEnv, env, f.at("secretEnv"));
    return at.count() > before ? Optional.empty()
        : Optional.of(new ProgramSpec(command, args, env, localize, secretArgs, archives, secretEnv, container));
  }

  private static Optional<ContainerImage> container(JsonNode node, Problems at) {
    Optional<JsonFields> found = JsonFields.of(node, at, "image", "mounts");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    JsonFields f = found.get();
    int before = at.count();
    String image = f.required("image", "give the Docker image the tasks run in, e.g. \"library/ubuntu:22.04\"")
        .flatMap(v -> JsonValues.string(v, f.at("image"))).orElse(null);
    List<String> mounts = f.strings("mounts").orElse(List.of());
    f.reportUnknownKeys();
    if (at.count() > before) {
      return Optional.empty();
    }
    ContainerImage.check(image, mounts, at);
    return at.count() > before ? Optional.empty() : Optional.of(new ContainerImage(image, mounts));
  }

  private static Optional<Map<String, String>> env(JsonNode node, Problems at) {
    if (!node.isObject()) {
      at.add("expected an object of names and string values, e.g. {\"OMP_NUM_THREADS\": \"1\"}, got "
          + JsonValues.describe(node));
      return Optional.empty();
    }
    int before = at.count();
    Map<String, String> env = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      JsonValues.string(e.getValue(), at.field(e.getKey())).ifPresent(v -> env.put(e.getKey(), v));
    }
    return at.count() == before ? Optional.of(env) : Optional.empty();
  }

  private static Optional<List<URI>> uris(JsonNode node, Problems at) {
    Optional<List<String>> texts = JsonValues.strings(node, at);
    if (texts.isEmpty()) {
      return Optional.empty();
    }
    int before = at.count();
    List<URI> uris = new ArrayList<>();
    for (int i = 0; i < texts.get().size(); i++) {
      String text = texts.get().get(i);
      try {
        uris.add(new URI(text));
      } catch (URISyntaxException e) {
        at.index(i).add("\"" + text + "\" is not a URI: " + e.getReason() + " at character " + e.getIndex()
            + " (write a space as %20)");
      }
    }
    return at.count() == before ? Optional.of(uris) : Optional.empty();
  }
}
