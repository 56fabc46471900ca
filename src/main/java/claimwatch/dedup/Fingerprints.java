package claimwatch.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Content fingerprints of an article, pure Java: an exact hash of the normalised text (the same
 * article re-sent, whatever its id or whitespace), and a 64-bit SimHash over word shingles (the same
 * wire story under another outlet's header and footer is a few bits away; unrelated texts about 32).
 */
public final class Fingerprints {

    /** Words per shingle: three keeps word order without making one changed word spoil too many shingles. */
    static final int SHINGLE_WORDS = 3;

    private Fingerprints() {
    }

    /** Lower case, compatibility-normalised, punctuation and runs of whitespace turned into one space. */
    public static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = true;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        return out.toString();
    }

    /** SHA-256 of the normalised text, first 16 bytes in hex. */
    public static String contentHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalise(text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The word shingles of the normalised text; a text shorter than a shingle is one shingle. */
    static List<String> shingles(String text) {
        String normal = normalise(text);
        if (normal.isEmpty()) {
            return List.of();
        }
        String[] words = normal.split(" ");
        if (words.length <= SHINGLE_WORDS) {
            return List.of(normal);
        }
        List<String> shingles = new ArrayList<>(words.length - SHINGLE_WORDS + 1);
        for (int i = 0; i + SHINGLE_WORDS <= words.length; i++) {
            shingles.add(String.join(" ", java.util.Arrays.asList(words).subList(i, i + SHINGLE_WORDS)));
        }
        return shingles;
    }

    /** Charikar's SimHash: each bit is the majority vote of that bit over the shingles' 64-bit hashes. */
    public static long simhash(String text) {
        int[] votes = new int[64];
        for (String shingle : shingles(text)) {
            long h = hash64(shingle);
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((h >>> bit) & 1L) == 1L ? 1 : -1;
            }
        }
        long simhash = 0L;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                simhash |= 1L << bit;
            }
        }
        return simhash;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** FNV-1a over UTF-16 units, then the SplitMix64 finaliser so that every bit depends on every input bit. */
    static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
