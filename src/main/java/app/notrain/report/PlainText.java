package app.notrain.report;

/**
 * User text (labels, owners, notes, evidence, and the texts of an imported catalog) made safe for a
 * terminal and for the text exports a terminal may show ({@code cat report.md}): what it shows is
 * what it holds, and nothing in it can act.
 *
 * <ul>
 *   <li><b>Control characters</b> (C0, DEL, C1: ESC, NUL, BEL, CSI…) would move the cursor, recolour
 *       or clear the screen, or cut a file: each becomes its visible picture (U+2400 to U+241F, so
 *       ESC shows as ␛ and NUL as ␀; DEL as ␡) or, for C1, the replacement character �. Tabs and
 *       line breaks are kept by {@link #lines}, made spaces by {@link #line}.</li>
 *   <li><b>Direction controls</b> (the embeddings, overrides and isolates U+202A to U+202E and U+2066
 *       to U+2069, the marks U+200E, U+200F, U+061C) can show a text in another order than it is
 *       stored ("Trojan Source"): removed. Right-to-left scripts still show right to left; the
 *       terminal or viewer orders them by itself.</li>
 *   <li><b>Invisible characters</b> (every other format character: zero-width space, word joiner,
 *       byte order mark, soft hyphen, invisible operators, the tag characters that can smuggle a
 *       hidden text) make two labels that look the same differ: removed. Two are kept where a
 *       script needs them: the zero-width joiner inside an emoji sequence (👩‍💻) and the zero-width
 *       non-joiner between two letters (Persian, Indic scripts).</li>
 * </ul>
 *
 * Nothing else changes: accents, emoji and non-Latin scripts are printed as they are. The JSON
 * formats keep the exact text instead: {@link #jsonEscape} writes the same characters as
 * {@code \}{@code uXXXX} escapes, which a JSON reader turns back into them.
 */
public final class PlainText {
    private static final char REPLACEMENT = '\uFFFD';
    private static final char ZWNJ = '\u200C';
    private static final char ZWJ = '\u200D';

    private PlainText() {
    }

    /** The text on one line, for a table cell or a terminal line: line breaks and tabs become spaces. */
    public static String line(String text) {
        return clean(text, false);
    }

    /** The text with its tabs and line breaks kept, for a cell that may hold several lines. */
    public static String lines(String text) {
        return clean(text, true);
    }

    /**
     * JSON text with every character {@link #lines} would change written as a {@code \}{@code uXXXX}
     * escape. Only for JSON as a writer makes it, where such characters can only be inside strings:
     * the values read back are exactly the same.
     */
    public static String jsonEscape(String json) {
        StringBuilder out = null;
        int i = 0;
        while (i < json.length()) {
            int cp = json.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean escape = cp != '\n' && cp != '\r' && cp != '\t'
                    && (isControl(cp) || isBreak(cp) || Character.getType(cp) == Character.FORMAT);
            if (escape && out == null) {
                out = new StringBuilder(json.length() + 16).append(json, 0, i);
            }
            if (escape) {
                for (int unit = i; unit < next; unit++) {       // a pair as two escapes, as JSON writes it
                    out.append(String.format("\\u%04x", (int) json.charAt(unit)));
                }
            } else if (out != null) {
                out.append(json, i, next);
            }
            i = next;
        }
        return out == null ? json : out.toString();
    }

    private static String clean(String text, boolean keepLines) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String replacement = replacement(text, i, cp, next, keepLines);
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.appendCodePoint(cp);
                }
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    /** What the character at {@code i} becomes, or null to keep it. */
    private static String replacement(String text, int i, int cp, int next, boolean keepLines) {
        if (cp == '\n' || cp == '\t') {
            return keepLines ? null : " ";
        }
        if (cp == '\r') {
            if (keepLines) {
                return null;
            }
            return next < text.length() && text.charAt(next) == '\n' ? "" : " ";   // "\r\n" is one break
        }
        if (isBreak(cp)) {                  // VT, FF, NEL, the line and paragraph separators
            return keepLines ? "\n" : " ";
        }
        if (cp < 0x20) {
            return String.valueOf((char) (0x2400 + cp));
        }
        if (cp == 0x7F) {
            return "\u2421";
        }
        if (cp >= 0x80 && cp <= 0x9F) {
            return String.valueOf(REPLACEMENT);
        }
        if (Character.getType(cp) != Character.FORMAT) {
            return null;
        }
        if (cp == ZWJ && i > 0 && next < text.length() && emoji(text.codePointBefore(i))
                && emoji(text.codePointAt(next))) {
            return null;
        }
        if (cp == ZWNJ && i > 0 && next < text.length() && Character.isLetter(text.codePointBefore(i))
                && Character.isLetter(text.codePointAt(next))) {
            return null;
        }
        return "";
    }

    /** A character an emoji sequence joins: a pictograph, or the selector or skin tone that ends one. */
    private static boolean emoji(int cp) {
        return Character.getType(cp) == Character.OTHER_SYMBOL || cp == 0xFE0F
                || (cp >= 0x1F3FB && cp <= 0x1F3FF);
    }

    private static boolean isControl(int cp) {
        return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
    }

    private static boolean isBreak(int cp) {
        return cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }
}
