package app.notrain.catalog;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/** The one Gson set-up for catalog files: Gson cannot reflect into java.time on Java 17. */
public final class CatalogJson {
    private static final Gson GSON = builder().create();

    private CatalogJson() {
    }

    public static Gson gson() {
        return GSON;
    }

    /** A builder with the catalog's adapters, for files that embed catalog data (the progress store). */
    public static GsonBuilder builder() {
        return new GsonBuilder()
                .registerTypeAdapter(LocalDate.class, stringAdapter(LocalDate::parse).nullSafe())
                .registerTypeAdapter(FactDate.class, stringAdapter(FactDate::parse).nullSafe())
                .disableHtmlEscaping()
                .setPrettyPrinting();
    }

    /** Reads and writes a value as its ISO text; a bad text is an error that names the JSON path. */
    public static <T> TypeAdapter<T> stringAdapter(Function<String, T> parse) {
        return new TypeAdapter<>() {
            @Override
            public void write(JsonWriter out, T value) throws IOException {
                out.value(value.toString());
            }

            @Override
            public T read(JsonReader in) throws IOException {
                String path = in.getPath();
                if (in.peek() != JsonToken.STRING) {
                    throw new IOException(path + ": expected a date string, found " + in.peek());
                }
                String text = in.nextString();
                try {
                    return parse.apply(text);
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    throw new IOException(path + ": '" + text + "' is not a valid date (YYYY-MM-DD)", e);
                }
            }
        };
    }
}
