package app.notrain.adversarial;

import java.util.List;
import java.util.regex.Pattern;

/** Texts a user (or someone who shares a store with them) could type to spoof, break or run something. */
public final class HostileTexts {
    public static final String RTL = "invoice\u202Egpj.exe \u2066isolated\u2069 \u200Fשלום\u200E";
    public static final String INVISIBLE = "ad\u200Bmin\u2060\uFEFF\u00AD hidden\uDB40\uDC41";
    public static final String ESCAPES = "clear\u001B[2J\u001B]0;owned\u0007 nul\u0000 del\u007F csi\u009B31m";
    public static final String LONG = "L".repeat(9_990) + " the end";
    public static final String HTML = "<script>alert(1)</script><img src=x onerror=alert(2)> &amp;";
    public static final String MARKDOWN = "# Title | cell | [link](javascript:alert(1)) `code` *b* _i_ \\";
    public static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";
    public static final String EMOJI = "Zoë 👩🏽‍💻 e\u0301\u0301 Z\u0337\u0322a\u0336 🇫🇷";
    public static final String LINES = "line one\nline two\r\n| fake | row |";
    public static final String QUOTES = "He said \"no\" & 'maybe'; \\ ok";

    /** Every hostile text, the right-to-left one first (it names the platform of the user's own). */
    public static final List<String> ALL = List.of(RTL, INVISIBLE, ESCAPES, LONG, HTML, MARKDOWN, FORMULA, "+1", "-2",
            "@SUM(A1)", "＝1+1", "\t=cmd", EMOJI, LINES, QUOTES);

    /**
     * What no text a terminal or a plain-text file shows may hold: controls (but tab and the line
     * breaks), direction controls, invisible characters, tag characters.
     */
    public static final Pattern FORBIDDEN = Pattern.compile(
            "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u061C\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2060-\\u206F"
                    + "\\uFEFF\\u00AD\\uDB40]");
    /** Raw control characters (but tab and the line breaks): what no file may hold unescaped. */
    public static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

    private HostileTexts() {
    }
}
