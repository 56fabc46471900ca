package claimwatch.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An article's text as paragraphs (one a line: headlines have no full stop) and sentences,
 * split and tokenised only where asked, so text without numbers is never read closely.
 */
final class ArticleText {

    final String text;
    final char[] chars;
    private final Tokenizer tokenizer;
    private final SentenceSplitter splitter;
    private final int[] paraStart;
    private final int[] paraEnd;
    private final Sentence[][] sentences;
    private final int[][][] quotes;
    /** Speakers already looked up in this article: "Wood" to "U.S. Deputy U.N. Ambassador Robert Wood". */
    final java.util.Map<String, String> fullestMentions = new java.util.HashMap<>();

    /** A value of the whole article, read once, when a claim first needs it. */
    private static final class Once<T> {
        private T value;
        private boolean read;

        T get(java.util.function.Supplier<T> reader) {
            if (!read) {
                value = reader.get();
                read = true;
            }
            return value;
        }
    }

    private final Once<String> country = new Once<>();
    private final Once<String> mainGroup = new Once<>();
    private final Once<List<Token>> allTokens = new Once<>();
    private final Once<String> officialParty = new Once<>();
    private final Once<String> soleGroup = new Once<>();
    private final Once<List<Token>> titleTokens = new Once<>();
    private final Once<Boolean> namesTheUn = new Once<>();
    /** The party of each acronym-bearing speaker, from the acronyms the article defines in brackets. */
    final java.util.Map<String, java.util.Optional<String>> definedAcronyms = new java.util.HashMap<>();

    /** The state the article is about, read by {@code read} once. */
    String country(java.util.function.Supplier<String> read) {
        return country.get(read);
    }

    /** The armed group the article is about, read by {@code read} once. */
    String mainGroup(java.util.function.Supplier<String> read) {
        return mainGroup.get(read);
    }

    /** The headline's tokens (null without a headline), read by {@code read} once. */
    List<Token> titleTokens(java.util.function.Supplier<List<Token>> read) {
        return titleTokens.get(read);
    }

    /** The one group the article names, if it names one only, read by {@code read} once. */
    String soleGroup(java.util.function.Supplier<String> read) {
        return soleGroup.get(read);
    }

    /** Whether the article names the UN or a UN mission, read by {@code read} once. */
    boolean namesTheUn(java.util.function.Supplier<Boolean> read) {
        return namesTheUn.get(read);
    }

    /** The party the article's source speaks for in its own voice, read by {@code read} once. */
    String officialParty(java.util.function.Supplier<String> read) {
        return officialParty.get(read);
    }

    /** The whole text's tokens, read once. */
    List<Token> allTokens() {
        return allTokens.get(() -> tokenizer.tokenize(text));
    }

    ArticleText(String text, char[] chars, Tokenizer tokenizer, SentenceSplitter splitter) {
        this.text = text;
        this.chars = chars;
        this.tokenizer = tokenizer;
        this.splitter = splitter;
        int[] starts = new int[16];
        int[] ends = new int[16];
        int n = 0;
        int from = 0;
        while (from <= text.length()) {
            int nl = newline(chars, from);
            int to = nl < 0 ? text.length() : nl;
            if (!isBlank(from, to)) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                    ends = Arrays.copyOf(ends, n * 2);
                }
                starts[n] = from;
                ends[n++] = to;
            }
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        paraStart = Arrays.copyOf(starts, n);
        paraEnd = Arrays.copyOf(ends, n);
        sentences = new Sentence[n][];
        quotes = new int[n][][];
    }

    private static int newline(char[] s, int from) {
        for (int i = from; i < s.length; i++) {
            if (s[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Chars.isSpace(chars[i])) {
                return false;
            }
        }
        return true;
    }

    int paragraphCount() {
        return paraStart.length;
    }

    /** The paragraph holding offset {@code pos}, or -1. */
    int paragraphAt(int pos) {
        int i = Arrays.binarySearch(paraStart, pos);
        int p = i >= 0 ? i : -i - 2;
        return p >= 0 && pos < paraEnd[p] ? p : -1;
    }

    Sentence[] sentences(int para) {
        if (sentences[para] == null) {
            List<SentenceSplitter.Span> spans = splitter.split(chars, paraStart[para], paraEnd[para]);
            Sentence[] out = new Sentence[spans.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = new Sentence(this, para, i, spans.get(i).start(), spans.get(i).end());
            }
            sentences[para] = out;
        }
        return sentences[para];
    }

    Sentence sentenceAt(int pos) {
        int p = paragraphAt(pos);
        if (p < 0) {
            return null;
        }
        for (Sentence s : sentences(p)) {
            if (pos >= s.start && pos < s.end) {
                return s;
            }
        }
        return null;
    }

    /** The sentence before {@code s} in the article, or null at the start. */
    Sentence previous(Sentence s) {
        if (s.index > 0) {
            return sentences(s.para)[s.index - 1];
        }
        for (int p = s.para - 1; p >= 0; p--) {
            Sentence[] ss = sentences(p);
            if (ss.length > 0) {
                return ss[ss.length - 1];
            }
        }
        return null;
    }

    /** The sentence after {@code s} in the article, or null at the end. */
    Sentence next(Sentence s) {
        Sentence[] here = sentences(s.para);
        if (s.index + 1 < here.length) {
            return here[s.index + 1];
        }
        for (int p = s.para + 1; p < paraStart.length; p++) {
            Sentence[] ss = sentences(p);
            if (ss.length > 0) {
                return ss[0];
            }
        }
        return null;
    }

    /** The quotation (open and close offsets) around {@code pos}, or null. */
    int[] quoteAround(int pos) {
        int p = paragraphAt(pos);
        if (p < 0) {
            return null;
        }
        if (quotes[p] == null) {
            quotes[p] = findQuotes(paraStart[p], paraEnd[p]);
        }
        for (int[] q : quotes[p]) {
            if (pos > q[0] && pos < q[1]) {
                return q;
            }
        }
        return null;
    }

    int paragraphStart(int para) {
        return paraStart[para];
    }

    int paragraphEnd(int para) {
        return paraEnd[para];
    }

    List<Token> tokenize(int from, int to) {
        return tokenizer.tokenize(chars, from, to);
    }

    private int[][] findQuotes(int from, int to) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c == '\u201C' || (c == '"' && open < 0)) {
                open = i;
            } else if ((c == '\u201D' || c == '"') && open >= 0) {
                out.add(new int[] {open, i});
                open = -1;
            }
        }
        if (open >= 0) {
            out.add(new int[] {open, to});
        }
        return out.toArray(new int[0][]);
    }

    /** One sentence, tokenised on first use. */
    static final class Sentence {
        final ArticleText article;
        final int para;
        final int index;
        final int start;
        final int end;
        private List<Token> tokens;

        Sentence(ArticleText article, int para, int index, int start, int end) {
            this.article = article;
            this.para = para;
            this.index = index;
            this.start = start;
            this.end = end;
        }

        List<Token> tokens() {
            if (tokens == null) {
                tokens = article.tokenize(start, end);
            }
            return tokens;
        }

        String text() {
            return article.text.substring(start, end);
        }
    }
}
