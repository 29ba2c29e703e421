package org.sepyarn.am.locality;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.hadoop.fs.BlockLocation;
import org.apache.hadoop.net.NetworkTopology;

/**
 * The blocks of one file as the file system placed them: for each block its byte range, the hosts
 * holding a replica and their racks. Answers which hosts and racks hold a byte range, weighed by
 * the bytes of the range each block holds, in O(log blocks + blocks touched).
 */
public final class BlockMap {
  private final long[] offsets;
  private final long[] ends;
  private final String[][] hosts;
  private final String[][] racks;

  private BlockMap(long[] offsets, long[] ends, String[][] hosts, String[][] racks) {
    this.offsets = offsets;
    this.ends = ends;
    this.hosts = hosts;
    this.racks = racks;
  }

  /**
   * The map of {@code locations} ({@code FileSystem.getFileBlockLocations} of the whole file), each
   * host brought to one form by {@code hostName}. A block's racks are the parents of its topology
   * paths ({@code /rack/host:port}); a block without them is in {@link NetworkTopology#DEFAULT_RACK}.
   */
  public static BlockMap of(BlockLocation[] locations, UnaryOperator<String> hostName) throws IOException {
    BlockLocation[] sorted = locations.clone();
    Arrays.sort(sorted, Comparator.comparingLong(BlockLocation::getOffset));
    int n = sorted.length;
    long[] offsets = new long[n];
    long[] ends = new long[n];
    String[][] hosts = new String[n][];
    String[][] racks = new String[n][];
    for (int i = 0; i < n; i++) {
      BlockLocation b = sorted[i];
      offsets[i] = b.getOffset();
      ends[i] = b.getOffset() + b.getLength();
      Set<String> h = new LinkedHashSet<>();
      for (String host : b.getHosts()) {
        h.add(hostName.apply(host));
      }
      Set<String> r = new LinkedHashSet<>();
      for (String path : b.getTopologyPaths()) {
        int slash = path.lastIndexOf('/');
        r.add(slash > 0 ? path.substring(0, slash) : NetworkTopology.DEFAULT_RACK);
      }
      if (r.isEmpty() && !h.isEmpty()) {
        r.add(NetworkTopology.DEFAULT_RACK);
      }
      hosts[i] = h.toArray(String[]::new);
      racks[i] = r.toArray(String[]::new);
    }
    return new BlockMap(offsets, ends, hosts, racks);
  }

  /** How many blocks the file has. */
  public int blockCount() {
    return offsets.length;
  }

  /**
   * Adds to {@code weights} the bytes of {@code [position, position + length)}, times
   * {@code density}, that each host and each rack holds (a rack counts a block once however many of
   * its replicas it holds).
   */
  public void weigh(long position, long length, double density, LocalityWeights weights) {
    long end = position + length;
    int i = firstEndingAfter(position);
    for (; i < offsets.length && offsets[i] < end; i++) {
      double bytes = (Math.min(end, ends[i]) - Math.max(position, offsets[i])) * density;
      if (bytes > 0) {
        weights.add(hosts[i], racks[i], bytes);
      }
    }
  }

  /** The first block whose end is past {@code position}. */
  private int firstEndingAfter(long position) {
    int lo = 0;
    int hi = ends.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= position) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The hosts of each block, in order, as the map keeps them (for tests and diagnostics). */
  List<List<String>> hostsByBlock() {
    List<List<String>> list = new ArrayList<>();
    for (String[] h : hosts) {
      list.add(List.of(h));
    }
    return list;
  }
}
