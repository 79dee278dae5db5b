package app.notrain.store;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

/** Shared test fixtures: documents, a fixed clock, folder listings. */
final class StoreFiles {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-14T09:26:53Z"), ZoneOffset.UTC);

    private StoreFiles() {
    }

    static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    static StoreFile storeAt(Path file, int version) {
        return new StoreFile(file, version, List.of(), CLOCK);
    }

    /** File names in {@code folder}, sorted. */
    static List<String> namesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> tempFilesIn(Path folder) {
        return namesIn(folder).stream().filter(name -> name.endsWith(".tmp")).toList();
    }
}
