package claimwatch.ingest;

/** Small text hygiene shared by the readers. */
final class Texts {

    private Texts() {
    }

    /**
     * Drops control characters other than line breaks and tabs (they come from bad scrapes and
     * confuse sentence offsets downstream), and normalises line endings to {@code \n}.
     */
    static String clean(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean drop = c == '\r' || (Character.isISOControl(c) && c != '\n' && c != '\t');
            if (drop && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n')) {
                out.append('\n');
            } else if (!drop && out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
