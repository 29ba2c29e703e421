package org.sepyarn.formats.sep3d;

import java.util.Objects;
import org.sepyarn.formats.history.HistoryValues;

/** One header key of a SEP3D dataset: its name ({@code hdrkeyI}) and type. */
public record HeaderKey(String name, KeyType type) {
  /** The key SEP3D uses for a header record's 1-based trace position in the data file. */
  public static final String DATA_RECORD_NUMBER = "data_record_number";

  public HeaderKey {
    Objects.requireNonNull(type, "type");
    HistoryValues.checkKey(name);
  }

  public static HeaderKey ofInt(String name) {
    return new HeaderKey(name, KeyType.SCALAR_INT);
  }

  public static HeaderKey ofFloat(String name) {
    return new HeaderKey(name, KeyType.SCALAR_FLOAT);
  }
}
