package org.sepyarn.formats.history;

/** One {@code key=value} word found in a history line, the value already unquoted. */
record Assignment(String key, String value) {
}
