package app.notrain.cli;

import app.notrain.report.PlainText;
import java.io.IOException;
import java.io.Writer;

/**
 * Everything the command line prints goes through here, line by line: control and invisible
 * characters from user text (a label, a note, a damaged file's content quoted in an error, an
 * argument echoed by picocli) are shown or removed as {@link PlainText#lines} says, so nothing
 * printed can move the cursor, recolour or clear the terminal, or show a text in another order
 * than it is stored. The commands clean their table cells too ({@link CliText#plain}); this is
 * the net under all of them. JSON output holds no such character: it is written with escapes
 * ({@link PlainText#jsonEscape}).
 *
 * <p>Text is held until its line ends or the writer is flushed, so the characters around a joiner
 * are seen together; a flush in the middle of a line cleans what came so far.
 */
final class TerminalWriter extends Writer {
    private final Writer out;
    private final StringBuilder line = new StringBuilder();

    TerminalWriter(Writer out) {
        super(out);
        this.out = out;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        synchronized (lock) {
            for (int i = offset; i < offset + length; i++) {
                line.append(chars[i]);
                if (chars[i] == '\n') {
                    emit();
                }
            }
        }
    }

    private void emit() throws IOException {
        if (line.length() == 0) {
            return;
        }
        // Half an emoji waits for its other half.
        int keep = Character.isHighSurrogate(line.charAt(line.length() - 1)) ? 1 : 0;
        String text = line.substring(0, line.length() - keep);
        line.delete(0, line.length() - keep);
        out.write(PlainText.lines(text));
    }

    @Override
    public void flush() throws IOException {
        synchronized (lock) {
            emit();
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            emit();
            out.close();
        }
    }
}
