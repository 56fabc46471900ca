package claimwatch.extract;

/** The sentence a claim was read from, and the character offsets of the number's phrase in the article text. */
public record Evidence(String sentence, int start, int end) {
}
