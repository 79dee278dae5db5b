package app.notrain.adversarial;

import static java.nio.charset.StandardCharsets.UTF_8;

import app.notrain.cli.Cli;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;

/**
 * Child process for {@link TwoWritersRaceTest}: a command-line writer kept warm, so that two of
 * them meet on the store's lock rather than in their JVMs' start-up. Prints {@code ready}; then for
 * each label read from its input runs {@code notrain --store FILE account add --platform x --label
 * LABEL} (the real command line, in this process) and prints {@code exit CODE OUT ⏎ ERR} on one line.
 */
public final class CliRacer {
    private CliRacer() {
    }

    public static void main(String[] args) throws Exception {
        String store = args[0];
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, UTF_8));
        System.out.println("ready");
        System.out.flush();
        for (String label = in.readLine(); label != null; label = in.readLine()) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = new Cli(new PrintWriter(out), new PrintWriter(err), Clock.systemUTC(), Map.of())
                    .execute(new String[] {"--lang", "en", "--store", store, "account", "add", "--platform", "x",
                            "--label", label});
            System.out.println("exit " + code + " " + oneLine(out) + " ⏎ " + oneLine(err));
            System.out.flush();
        }
    }

    private static String oneLine(StringWriter text) {
        return text.toString().strip().replace('\n', ' ');
    }
}
