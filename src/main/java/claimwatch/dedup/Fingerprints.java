package claimwatch.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
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

    /** The offset of each signature position's hash: SplitMix64's sequence, (i + 1) times the golden gamma. */
    private static final long[] SEEDS = new long[SIGNATURE_SIZE];

    static {
        for (int i = 0; i < SIGNATURE_SIZE; i++) {
            SEEDS[i] = (i + 1) * 0x9e3779b97f4a7c15L;
        }
    }

    private Fingerprints() {
    }

    /** Lower case, compatibility-normalised, punctuation and runs of whitespace turned into one space. */
    public static String normalise(String text) {
        // ASCII text is its own NFKC form and lower-cases char by char: skip the Normalizer's copies
        boolean ascii = isAscii(text);
        String folded = ascii ? text : Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        char[] out = new char[folded.length()];
        int n = 0;
        boolean space = true;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            // the character kept (lower case if ASCII), or 0 for a separator; written without branches to
            // mispredict, since letters and separators alternate every few characters
            char kept = c < 0x80 ? ASCII_KEPT[c] : (Character.isLetterOrDigit(c) ? c : 0);
            boolean keep = kept != 0;
            out[n] = keep ? kept : ' ';
            n += keep | !space ? 1 : 0;
            space = !keep;
        }
        if (n > 0 && out[n - 1] == ' ') {
            n--;
        }
        return new String(out, 0, n);
    }

    /**
     * For each ASCII character, what the normalised text keeps of it: a digit or lower-case letter itself,
     * an upper-case letter in lower case (NFKC and lower-casing do nothing else to ASCII), anything else 0,
     * a separator. As {@link Character#isLetterOrDigit(char)} would have it: only 0-9, A-Z and a-z are.
     */
    private static final char[] ASCII_KEPT = new char[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_KEPT[c] = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
        }
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** SHA-256 of the normalised text, first 16 bytes in hex. */
    public static String contentHash(String text) {
        return contentHashOfNormal(normalise(text));
    }

    /** {@link #contentHash} of a text already {@link #normalise normalised}. */
    public static String contentHashOfNormal(String normal) {
        byte[] digest = SHA_256.get().digest(normal.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 16);
    }

    /** One SHA-256 digest per thread: {@code MessageDigest.getInstance} looks the provider up on every call. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    });

    /**
     * {@link #hash64} of each word shingle of a normalised text, read in place: the words are the
     * runs between single spaces, a shingle is {@value #SHINGLE_WORDS} of them with their spaces, and
     * a text of fewer words is one shingle. Empty for an empty text.
     */
    static long[] shingleHashes(String normal) {
        if (normal.isEmpty()) {
            return new long[0];
        }
        int[] starts = new int[normal.length() / 2 + 2];
        int words = 0;
        starts[words++] = 0;
        for (int i = normal.indexOf(' '); i >= 0; i = normal.indexOf(' ', i + 1)) {
            starts[words++] = i + 1;
        }
        starts[words] = normal.length() + 1; // where a word after the last would start
        if (words <= SHINGLE_WORDS) {
            return new long[] {hash64(normal, 0, normal.length())};
        }
        long[] hashes = new long[words - SHINGLE_WORDS + 1];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = hash64(normal, starts[i], starts[i + SHINGLE_WORDS] - 1);
        }
        return hashes;
    }

    /**
     * MinHash signature of the text's shingles, {@value #SIGNATURE_SIZE} values, as Base64: the share of
     * positions two signatures agree on estimates the Jaccard similarity of the two shingle sets.
     * An empty text has an empty signature.
     */
    public static String minhash(String text) {
        return minhashOfNormal(normalise(text));
    }

    /** {@link #minhash} of a text already {@link #normalise normalised}. */
    public static String minhashOfNormal(String normal) {
        long[] shingles = shingleHashes(normal);
        if (shingles.length == 0) {
            return "";
        }
        int[] mins = new int[SIGNATURE_SIZE];
        java.util.Arrays.fill(mins, Integer.MAX_VALUE);
        for (long h : shingles) {
            for (int i = 0; i < SIGNATURE_SIZE; i++) {
                int v = (int) (mix(h + SEEDS[i]) >>> 33);
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

    /**
     * FNV-1a over the UTF-16 units of {@code s.substring(from, to)} (without the substring), then the
     * SplitMix64 finaliser so that every bit depends on every input bit.
     */
    static long hash64(String s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
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
