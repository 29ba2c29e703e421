package org.sepyarn.client.embedded;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import org.sepyarn.client.job.JobLoader;

/**
 * In the embedded mode a job names local files, and a relative path is taken from the job file's
 * folder, so that a job and its datasets can sit together anywhere: this makes the relative
 * {@code files[i].path}, {@code files[i].keep}, {@code program.localize} and {@code program.archives}
 * entries of a job text, or of each of a flow's {@code steps}, absolute (an intermediate's
 * {@code @name} stays as it is). Everything
 * else in the text is left as it is; a text that is not a JSON object of the expected shape is
 * returned unchanged, for the job model to report what is wrong with it.
 */
public final class LocalJobPaths {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private LocalJobPaths() {
  }

  /** The job text with its relative local paths resolved against {@code folder}. */
  public static String resolve(String json, Path folder) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      return json;
    }
    if (!(root instanceof ObjectNode job)) {
      return json;
    }
    boolean changed = resolveIn(job, folder);
    if (job.get("steps") instanceof ArrayNode steps) {
      for (JsonNode step : steps) {
        if (step instanceof ObjectNode st) {
          changed |= resolveIn(st, folder);
        }
      }
    }
    if (!changed) {
      return json;
    }
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(job);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write back a job tree that was just read", e);
    }
  }

  /**
   * Resolves the relative paths of a job's, or a flow step's, {@code files} (their {@code path} and
   * a kept intermediate's {@code keep}; an intermediate's {@code @name} is no path) and
   * {@code program}; whether any changed.
   */
  private static boolean resolveIn(ObjectNode job, Path folder) {
    boolean changed = false;
    if (job.get("files") instanceof ArrayNode files) {
      for (JsonNode file : files) {
        if (file instanceof ObjectNode f) {
          changed |= resolveField(f, "path", folder);
          changed |= resolveField(f, "keep", folder);
        }
      }
    }
    for (String key : new String[] {"localize", "archives"}) {
      if (job.get("program") instanceof ObjectNode program && program.get(key) instanceof ArrayNode localize) {
        for (int i = 0; i < localize.size(); i++) {
          String resolved = resolved(localize.get(i), folder, true);
          if (resolved != null) {
            localize.set(i, TextNode.valueOf(resolved));
            changed = true;
          }
        }
      }
    }
    return changed;
  }

  private static boolean resolveField(ObjectNode node, String field, Path folder) {
    String resolved = resolved(node.get(field), folder, false);
    if (resolved == null) {
      return false;
    }
    node.put(field, resolved);
    return true;
  }

  /**
   * The absolute form of a relative path text, or null when it is not one.
   *
   * @param uri whether the text is a URI, whose {@code #fragment} renames the localized file
   */
  private static String resolved(JsonNode value, Path folder, boolean uri) {
    if (value == null || !value.isTextual()) {
      return null;
    }
    String text = value.asText();
    if (text.isBlank() || !text.equals(text.strip()) || text.startsWith("/") || text.startsWith("@")
        || JobLoader.hasScheme(text)) {
      return null;
    }
    int hash = uri ? text.indexOf('#') : -1;
    String path = hash < 0 ? text : text.substring(0, hash);
    String fragment = hash < 0 ? "" : text.substring(hash);
    if (path.isEmpty()) {
      return null;
    }
    return folder.resolve(path).normalize().toAbsolutePath() + fragment;
  }
}
