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
 * article re-sent, whatever its id or whitespace), and a MinHash signature of its word shingles (the
 * same wire story under another outlet's header and footer shares most shingles; two reports of the
 * same figure written apart share almost none).
 *
 * <p>MinHash rather than SimHash: news items are short, and a header and footer of a dozen words
 * move a 64-bit SimHash of a 60-word wire story 15–20 bits, as far as some unrelated texts; the
 * MinHash estimate of shared shingles stays near 0.7 for such a copy and near 0 for the unrelated.
 */
public final class Fingerprints {

    /** Words per shingle: three keeps word order without making one changed word spoil too many shingles. */
    static final int SHINGLE_WORDS = 3;
    /** 64 values: the similarity estimate's standard error is at most 0.0625. */
    static final int SIGNATURE_SIZE = 64;

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

    /**
     * MinHash signature of the text's shingles, {@value #SIGNATURE_SIZE} values, as Base64: the share of
     * positions two signatures agree on estimates the Jaccard similarity of the two shingle sets.
     * An empty text has an empty signature.
     */
    public static String minhash(String text) {
        List<String> shingles = shingles(text);
        if (shingles.isEmpty()) {
            return "";
        }
        int[] mins = new int[SIGNATURE_SIZE];
        java.util.Arrays.fill(mins, Integer.MAX_VALUE);
        for (String shingle : shingles) {
            long h = hash64(shingle);
            for (int i = 0; i < SIGNATURE_SIZE; i++) {
                int v = (int) (mix(h + (i + 1) * 0x9e3779b97f4a7c15L) >>> 33);
                if (v < mins[i]) {
                    mins[i] = v;
                }
            }
        }
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(SIGNATURE_SIZE * Integer.BYTES);
        for (int v : mins) {
            bytes.putInt(v);
        }
        return java.util.Base64.getEncoder().encodeToString(bytes.array());
    }

    /** Estimated Jaccard similarity of the shingle sets behind two {@link #minhash} signatures; 0 when either is empty. */
    public static double similarity(String a, String b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int[] x = decode(a);
        int[] y = decode(b);
        if (x.length != y.length) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] == y[i]) {
                same++;
            }
        }
        return (double) same / x.length;
    }

    private static int[] decode(String signature) {
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(java.util.Base64.getDecoder().decode(signature));
        int[] values = new int[bytes.remaining() / Integer.BYTES];
        for (int i = 0; i < values.length; i++) {
            values[i] = bytes.getInt();
        }
        return values;
    }

    /** FNV-1a over UTF-16 units, then the SplitMix64 finaliser so that every bit depends on every input bit. */
    static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** SplitMix64's finaliser. */
    private static long mix(long h) {
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
