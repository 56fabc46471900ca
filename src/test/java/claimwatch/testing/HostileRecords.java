package claimwatch.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded records that are not usable articles, each with the start of the reason claimwatch must
 * give for it on the dead-letter topic ({@code claimwatch.ingest.ArticleParser}'s words).
 */
public final class HostileRecords {

    /** One bad record: its key (unique), its bytes, what kind of bad it is, and the reason's expected start. */
    public record Bad(String key, byte[] value, String kind, String reason) {
        @Override
        public String toString() {
            return key + " (" + kind + ", " + (value == null ? "null" : value.length + " bytes") + ")";
        }
    }

    public static final int TEN_MB = 10 * 1024 * 1024;

    private HostileRecords() {
    }

    /**
     * {@code count} small bad records of every kind, in a seeded mix, plus the big ones: a 10 MB
     * article ({@code withTenMegabytes}) and a few numbers of a million digits.
     */
    public static List<Bad> generate(long seed, int count, boolean withTenMegabytes) {
        Random random = new Random(seed);
        List<Bad> bad = new ArrayList<>();
        for (int i = 0; bad.size() < count; i++) {
            String key = String.format("bad-%05d", i);
            bad.add(switch (random.nextInt(14)) {
                case 0 -> new Bad(key, utf8(garbage(random)), "not JSON", "not JSON: ");
                case 1 -> new Bad(key, utf8("{\"text\": \"5,000 troops were sent\", " + "\"id\": "), "truncated JSON", "not JSON: ");
                case 2 -> {
                    String[] shapes = {"[1,2,3]", "42", "\"10,000 North Korean troops\"", "true", "[{\"text\":\"x\"}]"};
                    String[] kinds = {"an array", "a number", "a string", "a boolean", "an array"};
                    int s = random.nextInt(shapes.length);
                    yield new Bad(key, utf8(shapes[s]), "wrong shape", "JSON is " + kinds[s] + ", not an article object");
                }
                case 3 -> new Bad(key, utf8("{\"id\":\"" + key + "\",\"title\":\"No body\"}"), "missing text",
                        "missing field \"text\"");
                case 4 -> new Bad(key, utf8("{\"id\":\"" + key + "\",\"text\":\"" + " ".repeat(random.nextInt(4)) + "\"}"),
                        "empty text", "field \"text\" is empty");
                case 5 -> new Bad(key, utf8("{\"text\": {\"body\": \"500 soldiers\"}}"), "text of the wrong type",
                        "field \"text\" is an object, not a string");
                case 6 -> new Bad(key, invalidUtf8(random), "invalid UTF-8", "not valid UTF-8: byte 0x");
                case 7 -> new Bad(key, utf8("{\"text\":\"x\",\"meta\":" + "[".repeat(2000) + "]".repeat(2000) + "}"),
                        "deeply nested JSON", "not JSON: Document nesting depth");
                case 8 -> {
                    String[] far = {"9999-12-31T00:00:00Z", "0001-01-01", "1066-10-14T09:00:00Z", "+100000-01-01T00:00:00Z"};
                    yield new Bad(key, utf8("{\"text\":\"1,000 troops were sent.\",\"publishedAt\":\""
                            + far[random.nextInt(far.length)] + "\"}"), "absurd date", "publishedAt ");
                }
                case 9 -> {
                    String[] notTimes = {"yesterday", "2024-13-45", "31/12/2024", "NaN", "2024-02-30T25:61:00Z"};
                    yield new Bad(key, utf8("{\"text\":\"1,000 troops were sent.\",\"publishedAt\":\""
                            + notTimes[random.nextInt(notTimes.length)] + "\"}"), "unreadable date", "publishedAt \"");
                }
                case 10 -> new Bad(key, utf8("{\"text\":\"" + "\\u0000\\u0007\\u001b".repeat(1 + random.nextInt(20)) + "\"}"),
                        "only control characters", "field \"text\" is empty");
                case 11 -> new Bad(key, utf8("{\"text\":\"200 troops\u0000\u0001 were sent\"}"),
                        "raw control characters in JSON", "not JSON: Illegal unquoted character");
                case 12 -> new Bad(key, utf8("{\"text\":\"2,000 troops were sent\",\"title\":[\"a\"]}"),
                        "title of the wrong type", "field \"title\" is an array, not a string");
                default -> random.nextBoolean()
                        ? new Bad(key, new byte[0], "empty record", "empty record")
                        : new Bad(key, null, "null value", "empty record");
            });
        }
        for (int i = 0; i < 3; i++) {
            bad.add(new Bad("bad-digits-" + i, utf8("{\"text\":\"10,000 troops were sent\",\"count\":1"
                    + "7".repeat(1_000_000) + "}"), "a million digits", "not JSON: Number value length"));
        }
        StringBuilder bomb = new StringBuilder("{\"id\":\"bad-claim-bomb\",\"publishedAt\":\"2024-11-02T00:00:00Z\",\"text\":\"");
        for (int n = 1; n <= 600; n++) {
            bomb.append(String.format("%,d Russian soldiers were killed near Pokrovsk, Ukraine's military said. ", 1000 + n));
        }
        bad.add(new Bad("bad-claim-bomb", utf8(bomb.append("\"}").toString()), "600 claims in one article",
                "article states "));
        if (withTenMegabytes) {
            byte[] big = new byte[TEN_MB];
            byte[] head = utf8("{\"id\":\"bad-ten-megabytes\",\"text\":\"");
            Arrays.fill(big, (byte) 'a');
            System.arraycopy(head, 0, big, 0, head.length);
            big[big.length - 2] = '"';
            big[big.length - 1] = '}';
            bad.add(new Bad("bad-ten-megabytes", big, "10 MB article", "record is " + TEN_MB + " bytes, over the limit of"));
        }
        return bad;
    }

    private static String garbage(Random random) {
        String[] samples = {"<html><body>403 Forbidden</body></html>", "troops,10000,PRK\n", "{text: unquoted}",
                "{\"text\": \"a\" \"b\"}", "}{", "\u00ff\u00fe", "%PDF-1.4"};
        return samples[random.nextInt(samples.length)] + Integer.toHexString(random.nextInt());
    }

    private static byte[] invalidUtf8(Random random) {
        byte[] head = utf8("{\"text\":\"5,000 troops ");
        byte[][] broken = {{(byte) 0xC3, (byte) 0x28}, {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};
        byte[] bad = broken[random.nextInt(broken.length)];
        byte[] tail = utf8("\"}");
        byte[] all = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
        return all;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
