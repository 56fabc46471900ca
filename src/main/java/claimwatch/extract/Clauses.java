package claimwatch.extract;

import java.util.List;

/** Where the parts of a sentence end, for the readers that skip an aside (", including an officer, ..."). */
final class Clauses {

    private Clauses() {
    }

    /** The next comma within {@code reach} tokens from {@code from}, or -1 when the sentence or clause ends first. */
    static int nextComma(List<Token> t, int from, int reach) {
        for (int j = from; j < Math.min(t.size(), from + reach); j++) {
            if (t.get(j).is(",")) {
                return j;
            }
            if (t.get(j).is(".") || t.get(j).is(";")) {
                return -1;
            }
        }
        return -1;
    }
}
