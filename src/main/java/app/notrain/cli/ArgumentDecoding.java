package app.notrain.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command-line arguments as the user typed them. Under a POSIX locale (LANG=C: cron, systemd,
 * containers) Java decodes arguments as ASCII and turns every other byte into U+FFFD, so
 * {@code --label "Zoë ☃"} would be saved as replacement characters without a word. On Linux the
 * original bytes are still in {@code /proc/self/cmdline}: they are decoded as UTF-8 (what the
 * terminal almost always sends). Where that is not possible or not UTF-8, the arguments are
 * refused with a message saying how to run the command, never used damaged.
 */
public final class ArgumentDecoding {

    private static final Path CMDLINE = Path.of("/proc/self/cmdline");

    /** Arguments that cannot be read as typed; {@link #position()} counts from 1. */
    public static final class UndecodableArgumentException extends Exception {
        private final int position;

        UndecodableArgumentException(int position) {
            super("argument " + position + " contains characters that cannot be read in this locale");
            this.position = position;
        }

        public int position() {
            return position;
        }
    }

    private ArgumentDecoding() {
    }

    /** {@code args} as typed, for this JVM. */
    public static String[] decode(String[] args) throws UndecodableArgumentException {
        return decode(args, System.getProperty("sun.jnu.encoding", "UTF-8"), ArgumentDecoding::processCommandLine);
    }

    /** Where the raw command line comes from; null when this system does not keep it. */
    @FunctionalInterface
    interface RawCommandLine {
        byte[] read();
    }

    static String[] decode(String[] args, String argumentEncoding, RawCommandLine raw)
            throws UndecodableArgumentException {
        int damaged = firstDamaged(args);
        if (damaged < 0 || isUtf8(argumentEncoding)) {
            return args;
        }
        byte[] bytes = raw.read();
        if (bytes == null) {
            throw new UndecodableArgumentException(damaged + 1);
        }
        List<byte[]> words = split(bytes);
        if (words.size() < args.length) {
            throw new UndecodableArgumentException(damaged + 1);
        }
        List<byte[]> ours = words.subList(words.size() - args.length, words.size());
        String[] decoded = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            String word;
            try {
                word = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(ours.get(i))).toString();
            } catch (CharacterCodingException notUtf8) {
                throw new UndecodableArgumentException(i + 1);
            }
            // The raw words must be these arguments: each plain one identical, each damaged one as long in bytes.
            if (isPlain(args[i]) ? !word.equals(args[i]) : ours.get(i).length != args[i].length()) {
                throw new UndecodableArgumentException(damaged + 1);
            }
            decoded[i] = word;
        }
        return decoded;
    }

    /** The index of the first argument holding a character the locale could not decode, or -1. */
    private static int firstDamaged(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (!isPlain(args[i])) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isPlain(String arg) {
        return arg.chars().allMatch(c -> c < 0x80);
    }

    private static boolean isUtf8(String encoding) {
        return encoding.equalsIgnoreCase("UTF-8") || encoding.equalsIgnoreCase("UTF8");
    }

    private static List<byte[]> split(byte[] bytes) {
        List<byte[]> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                byte[] word = new byte[i - start];
                System.arraycopy(bytes, start, word, 0, word.length);
                words.add(word);
                start = i + 1;
            }
        }
        return words;
    }

    private static byte[] processCommandLine() {
        try {
            return Files.readAllBytes(CMDLINE);
        } catch (IOException | UnsupportedOperationException notLinux) {
            return null;
        }
    }
}
