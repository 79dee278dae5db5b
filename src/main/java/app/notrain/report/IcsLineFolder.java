package app.notrain.report;

/**
 * Folds iCalendar content lines as RFC 5545 (3.1) asks: no line longer than 75 octets without its
 * line break, each continuation starting with one space. Octets, not characters: an accented
 * letter is two octets in UTF-8, an emoji four, so folding by characters (as biweekly does) leaves
 * lines of up to 300 octets. A fold never cuts a character, so every line is valid UTF-8 by
 * itself (a pair of UTF-16 surrogates is one four-octet character).
 */
final class IcsLineFolder {
    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private IcsLineFolder() {
    }

    /** The calendar text with every content line folded; line ends become CRLF. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 64 * 3);
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            int next = end < 0 ? text.length() : end + 1;
            if (end < 0) {
                end = text.length();
            }
            if (end > start && text.charAt(end - 1) == '\r') {
                end--;
            }
            foldLine(text, start, end, out);
            out.append(CRLF);
            start = next;
        }
        return out.toString();
    }

    private static void foldLine(String text, int start, int end, StringBuilder out) {
        int octets = 0;
        int i = start;
        while (i < end) {
            int cp = text.codePointAt(i);
            int size = octets(cp);
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;                     // the space that marks a continuation counts
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
    }

    /** The character's length in UTF-8; a lone surrogate is written as '?' (one octet). */
    private static int octets(int cp) {
        if (cp < 0x80) {
            return 1;
        }
        if (cp < 0x800) {
            return 2;
        }
        if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
            return 1;
        }
        return cp < 0x10000 ? 3 : 4;
    }
}
