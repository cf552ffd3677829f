package org.qantar.rules.analysis;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * The random stream of one block of worlds, a function of (seed, block) alone. Worlds are cut into
 * fixed-size blocks and each block draws from its own generator, so which thread runs a block, and
 * in which order, cannot change a single draw: same seed, same numbers, on any number of threads.
 */
final class BlockRandom {

    private BlockRandom() {
    }

    /**
     * A WELL19937c generator for {@code block} of a run seeded with {@code seed}. The pair is spread
     * over the generator's seed words by SplitMix64 so that neighbouring blocks start far apart.
     */
    static RandomGenerator forBlock(long seed, long block) {
        long state = seed ^ mix(block + 0x632BE59BD9B4E019L);
        int[] words = new int[8];
        for (int i = 0; i < words.length; i += 2) {
            state += 0x9E3779B97F4A7C15L;
            long z = mix(state);
            words[i] = (int) (z >>> 32);
            words[i + 1] = (int) z;
        }
        return new Well19937c(words);
    }

    /** SplitMix64's finaliser: a bijection that scatters nearby inputs. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
