package org.sepyarn.am.locality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.hadoop.fs.BlockLocation;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.schedule.TaskPreference;

class BlockMapTest {
  /** A block of a file on these hosts (rack = "/r" + host number / 3). */
  static BlockLocation block(long offset, long length, int... hostNumbers) {
    String[] hosts = new String[hostNumbers.length];
    String[] names = new String[hostNumbers.length];
    String[] paths = new String[hostNumbers.length];
    for (int i = 0; i < hostNumbers.length; i++) {
      hosts[i] = "H" + hostNumbers[i];
      names[i] = hosts[i] + ":9866";
      paths[i] = "/r" + hostNumbers[i] / 3 + "/" + names[i];
    }
    return new BlockLocation(names, hosts, paths, offset, length);
  }

  /**
   * Random files cut into random blocks on random hosts, weighed over random ranges: each host's
   * weight is the bytes of the ranges its blocks hold, counted byte by byte.
   */
  @Test
  void theWeightsAreTheBytesEachHostAndRackHoldsOnRandomBlockLayouts() throws IOException {
    Random random = new Random(3);
    for (int round = 0; round < 200; round++) {
      int fileLength = 1 + random.nextInt(2000);
      int[] owner = new int[fileLength];
      List<int[]> replicas = new ArrayList<>();
      List<BlockLocation> blocks = new ArrayList<>();
      int position = 0;
      while (position < fileLength) {
        int length = Math.min(fileLength - position, 1 + random.nextInt(300));
        int[] hosts = random.ints(0, 9).distinct().limit(1 + random.nextInt(3)).toArray();
        for (int b = position; b < position + length; b++) {
          owner[b] = replicas.size();
        }
        replicas.add(hosts);
        blocks.add(block(position, length, hosts));
        position += length;
      }
      java.util.Collections.shuffle(blocks, random);
      BlockMap map = BlockMap.of(blocks.toArray(BlockLocation[]::new), String::toLowerCase);
      assertEquals(replicas.size(), map.blockCount());
      LocalityWeights weights = new LocalityWeights();
      Map<String, Double> expected = new HashMap<>();
      Map<String, Double> expectedRacks = new HashMap<>();
      for (int r = random.nextInt(5); r >= 0; r--) {
        int from = random.nextInt(fileLength);
        int length = random.nextInt(fileLength - from + 1);
        final double density = random.nextBoolean() ? 1 : random.nextDouble();
        map.weigh(from, length, density, weights);
        for (int b = from; b < from + length; b++) {
          java.util.Set<String> racks = new java.util.HashSet<>();
          for (int h : replicas.get(owner[b])) {
            expected.merge("h" + h, density, Double::sum);
            racks.add("/r" + h / 3);
          }
          racks.forEach(rack -> expectedRacks.merge(rack, density, Double::sum));
        }
      }
      Map<String, Double> got = weights.hosts();
      assertEquals(expected.keySet(), got.keySet(), "round " + round);
      for (Map.Entry<String, Double> e : expected.entrySet()) {
        assertEquals(e.getValue(), got.get(e.getKey()), 1e-6, "round " + round + " host " + e.getKey());
      }
      TaskPreference p = weights.preference();
      double best = expected.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
      if (best == 0) {
        assertTrue(p.isNone());
        continue;
      }
      for (String h : p.hosts()) {
        assertTrue(expected.get(h) >= 0.5 * best - 1e-9, "round " + round + ": " + h + " holds little");
      }
      assertTrue(p.hosts().size() <= LocalityWeights.MAX_HOSTS);
      String top = p.hosts().get(0);
      assertEquals(best, expected.get(top), 1e-6, "round " + round + ": the first host holds the most");
      double bestRack = expectedRacks.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
      assertEquals(bestRack, expectedRacks.get(p.racks().get(0)), 1e-6, "round " + round);
    }
  }

  @Test
  void aTaskReadingOneBlockPrefersItsThreeReplicasAndTheirRacks() throws IOException {
    BlockMap map = BlockMap.of(new BlockLocation[] {block(0, 100, 1, 2, 4), block(100, 100, 5, 6, 7)},
        String::toLowerCase);
    LocalityWeights w = new LocalityWeights();
    map.weigh(10, 80, 1, w);
    assertEquals(new TaskPreference(List.of("h1", "h2", "h4"), List.of("/r0", "/r1")), w.preference());
  }

  @Test
  void aHostHoldingASmallTailIsNotPreferred() throws IOException {
    BlockMap map = BlockMap.of(new BlockLocation[] {block(0, 100, 1), block(100, 100, 5)}, String::toLowerCase);
    LocalityWeights w = new LocalityWeights();
    map.weigh(0, 120, 1, w);
    assertEquals(List.of("h1"), w.preference().hosts());
  }
}
