package org.sepyarn.formats.inversion;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sepyarn.formats.job.Copy;
import org.sepyarn.formats.job.FileJsonReader;
import org.sepyarn.formats.job.FileSpec;
import org.sepyarn.formats.job.FileTag;
import org.sepyarn.formats.job.Problems;
import org.sepyarn.formats.job.Split;
import org.sepyarn.formats.job.Usage;

/**
 * Reads an operator program's own {@code files}: datasets it reads beside the model and the data
 * (interpolation's coordinates), written as a job's files, with the rules an operator adds: each
 * is an input named by a parameter ({@code coord=}) other than the model's and data's tags, copied
 * or split (not patched), and no tag twice.
 */
final class OperatorFiles {
  private OperatorFiles() {
  }

  static List<FileSpec> read(JsonNode node, Problems at, Conventions conventions) {
    List<FileSpec> files = FileJsonReader.readAll(node, at);
    Map<String, Integer> tags = new HashMap<>();
    List<FileSpec> read = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      FileSpec file = files.get(i);
      if (file == null) {
        continue;
      }
      Problems fileAt = at.index(i);
      String tag = file.tag().toString();
      if (file.tag().kind() != FileTag.Kind.PARAMETER) {
        fileAt.field("tag").add("\"" + tag + "\": an operator's other files are named by a parameter, e.g."
            + " \"coord=\" (its model and data take the tags " + conventions.modelTag() + " and "
            + conventions.dataTag() + ")");
      } else if (tag.equals(conventions.modelTag()) || tag.equals(conventions.dataTag())) {
        fileAt.field("tag").add("\"" + tag + "\" is the " + (tag.equals(conventions.modelTag()) ? "model's" : "data's")
            + " tag: the solve gives the program its model and data; name this file by another parameter");
      } else if (tags.containsKey(tag)) {
        fileAt.field("tag").add("\"" + tag + "\" again: files[" + tags.get(tag) + "] has it already");
      } else {
        tags.put(tag, i);
      }
      if (file.usage() != Usage.INPUT) {
        fileAt.field("usage").add("an operator's other files are inputs: the solve writes only its vectors");
      }
      if (!(file.distribute() instanceof Copy) && !(file.distribute() instanceof Split)) {
        fileAt.field("distribute").add("copied (\"copy\") or split ({\"split\": {\"axis\": K}}), as the operator's"
            + " model and data are");
      }
      if (file.isKept()) {
        fileAt.field("keep").add("an operator's other files are datasets it reads: there is nothing to keep");
      }
      if (file.path().startsWith(FileSpec.INTERMEDIATE_MARK)) {
        fileAt.field("path").add("\"" + file.path() + "\" names an intermediate: give a dataset");
      }
      read.add(Objects.requireNonNull(file));
    }
    return read;
  }
}
