package org.sepyarn.am.journal;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.WireFormat;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.sepyarn.am.journal.JournalEntry.TaskMoved;
import org.sepyarn.am.journal.proto.JournalRecord;
import org.sepyarn.am.journal.proto.TaskStateRecord;
import org.sepyarn.am.schedule.Attempt;
import org.sepyarn.am.schedule.TaskTransition;

/**
 * Decodes journal records for a replay. Nearly every record of a large job is a task transition:
 * those are read field by field straight off the wire into the scheduler's types, without the
 * three protobuf messages and their builders the generated parser makes per record; node
 * names (a cluster has few), and the attempt of consecutive records of one attempt, are shared; any other record, or a transition record laid out in a
 * way this reader does not expect, goes through the generated parser and {@link JournalCodec}.
 * The wire format is the same either way; so are the values and the errors
 * ({@link JournalCodec#transition} checks both). Unknown fields are skipped, as protobuf does.
 * Not thread-safe: one per file read.
 */
final class TransitionWireDecoder {
  private static final int TRANSITION_TAG = JournalRecord.TASK_TRANSITION_FIELD_NUMBER << 3
      | WireFormat.WIRETYPE_LENGTH_DELIMITED;

  /** Recent attempts by task index modulo the size: the records of one attempt are close together. */
  private static final int RECENT = 4096;

  private final Map<String, String> nodes = new HashMap<>();
  private final Attempt[] recent = new Attempt[RECENT];

  /**
   * The entry the {@code length} first bytes of {@code bytes} hold.
   *
   * @throws InvalidProtocolBufferException if they do not parse as a journal record
   * @throws IllegalArgumentException if they parse but make no sense (see {@link JournalCodec})
   */
  JournalEntry decode(byte[] bytes, int length) throws IOException {
    CodedInputStream in = CodedInputStream.newInstance(bytes, 0, length);
    if (in.readTag() == TRANSITION_TAG) {
      int size = in.readRawVarint32();
      int limit = in.pushLimit(size);
      TaskMoved moved = transition(in);
      in.popLimit(limit);
      if (moved != null && in.isAtEnd()) {
        return moved;
      }
    }
    return JournalCodec.decode(JournalRecord.parseFrom(CodedInputStream.newInstance(bytes, 0, length)));
  }

  /** The transition, or null if the record holds an end-group tag: the generated parser then decides. */
  private TaskMoved transition(CodedInputStream in) throws IOException {
    Fields f = new Fields();
    for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
      switch (tag) {
        case 8 -> f.taskIndex = in.readInt32();
        case 16 -> f.from = in.readEnum();
        case 24 -> f.to = in.readEnum();
        case 34 -> {
          int limit = in.pushLimit(in.readRawVarint32());
          boolean whole = attempt(in, f);
          in.popLimit(limit);
          if (!whole) {
            return null;
          }
        }
        case 40 -> f.at = in.readInt64();
        default -> {
          if (!in.skipField(tag)) {
            return null;
          }
        }
      }
    }
    TaskTransition t = JournalCodec.transition(f.taskIndex, state(f.from), state(f.to), f.hasAttempt, f.number,
        f.containerId, node(f.node), f.startedAt, f.endedAt, f.exitReason, f.diagnostics, f.locality, f.at);
    return new TaskMoved(shareAttempt(t));
  }

  /**
   * {@code t} with the attempt object of the task's previous record if it is the same attempt
   * unchanged (assigned, then running), or with its container's name if it ended since: a replay
   * of 100,000 tasks then keeps one name and two attempt objects per attempt, not three of each.
   */
  private TaskTransition shareAttempt(TaskTransition t) {
    int slot = Math.floorMod(t.taskIndex(), RECENT);
    Attempt before = recent[slot];
    Attempt now = t.attempt();
    if (before != null && before.number() == now.number() && before.containerId().equals(now.containerId())) {
      if (before.equals(now)) {
        return new TaskTransition(t.taskIndex(), t.from(), t.to(), before, t.at());
      }
      if (now.hasEnded()) {
        now = Attempt.ended(now.number(), before.containerId(), now.node(), now.startedAt(),
            now.endedAt().getAsLong(), now.reason().orElseThrow(), now.diagnostics(), now.locality().orElse(null));
        t = new TaskTransition(t.taskIndex(), t.from(), t.to(), now, t.at());
      }
    }
    recent[slot] = now;
    return t;
  }

  /**
   * Reads an attempt's fields; a second attempt field merges into the first, as protobuf merges.
   * False if it holds an end-group tag.
   */
  private static boolean attempt(CodedInputStream in, Fields f) throws IOException {
    f.hasAttempt = true;
    for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
      switch (tag) {
        case 8 -> f.number = in.readInt32();
        case 18 -> f.containerId = in.readStringRequireUtf8();
        case 26 -> f.node = in.readStringRequireUtf8();
        case 32 -> f.startedAt = in.readInt64();
        case 40 -> f.endedAt = in.readInt64();
        case 50 -> f.exitReason = in.readStringRequireUtf8();
        case 58 -> f.diagnostics = in.readStringRequireUtf8();
        case 66 -> f.locality = in.readStringRequireUtf8();
        default -> {
          if (!in.skipField(tag)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private static TaskStateRecord state(int number) {
    TaskStateRecord state = TaskStateRecord.forNumber(number);
    return state == null ? TaskStateRecord.UNRECOGNIZED : state;
  }

  private String node(String name) {
    String known = nodes.putIfAbsent(name, name);
    return known == null ? name : known;
  }

  /** A transition record's fields, at protobuf's defaults until read. */
  private static final class Fields {
    int taskIndex;
    int from;
    int to;
    long at;
    boolean hasAttempt;
    int number;
    String containerId = "";
    String node = "";
    long startedAt;
    long endedAt;
    String exitReason = "";
    String diagnostics = "";
    String locality = "";
  }
}
