package app.notrain.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void controlCharactersBecomeTheirVisiblePictures() {
        assertThat(PlainText.line("a\u001B[2Jb\u0000c\u0007d\u007Fe")).isEqualTo("a␛[2Jb␀c␇d␡e");
        assertThat(PlainText.line("csi\u009B31m")).isEqualTo("csi\uFFFD31m");
    }

    @Test
    void lineMakesBreaksAndTabsSpacesAndLinesKeepsThem() {
        assertThat(PlainText.line("one\r\ntwo\nthree\rfour\tfive\u2028six")).isEqualTo("one two three four five six");
        assertThat(PlainText.lines("one\r\ntwo\tthree\u2028four\u000Bfive"))
                .isEqualTo("one\r\ntwo\tthree\nfour\nfive");
    }

    @Test
    void directionControlsAndInvisibleCharactersAreRemoved() {
        assertThat(PlainText.line("invoice\u202Egpj.exe")).isEqualTo("invoicegpj.exe");
        assertThat(PlainText.line("\u2067x\u2069 \u200Fשלום\u200E \u061C")).isEqualTo("x שלום ");
        assertThat(PlainText.line("ad\u200Bmin\u2060\uFEFF\u00AD")).isEqualTo("admin");
        // Tag characters (U+E0041 "A"...) can carry a hidden text.
        assertThat(PlainText.line("hi\uDB40\uDC41\uDB40\uDC42")).isEqualTo("hi");
    }

    @Test
    void joinersStayWhereAScriptOrAnEmojiNeedsThem() {
        String developer = "👩\u200D💻";
        String family = "👨🏽\u200D👩\u200D👧";
        String persian = "می\u200Cخواهم";
        assertThat(PlainText.line(developer + " " + family + " " + persian))
                .isEqualTo(developer + " " + family + " " + persian);
        assertThat(PlainText.line("ad\u200Dmin \u200Cx \u200D")).isEqualTo("admin x ");
    }

    @Test
    void ordinaryTextIsReturnedAsItIs() {
        String text = "Zoë’s page — 👍🏽 ☃ 中文 «ok»";
        assertThat(PlainText.line(text)).isSameAs(text);
        assertThat(PlainText.lines(null)).isEmpty();
    }

    @Test
    void jsonEscapesKeepTheExactStringsForAReader() {
        String hostile = "a\u202Eb\u200Bc\u001B[0m\u0085d\u2028e\uDB40\uDC41👩\u200D💻\u007F";
        String json = "{\"label\": \"" + hostile.replace("\u001B", "\\u001b") + "\"}";

        String escaped = PlainText.jsonEscape(json);

        assertThat(escaped).doesNotContain("\u202E", "\u200B", "\u0085", "\u2028", "\uDB40", "\u200D", "\u007F")
                .contains("👩", "💻", "\\u202e", "\\udb40\\udc41");
        assertThat(JsonParser.parseString(escaped).getAsJsonObject().get("label").getAsString()).isEqualTo(hostile);
    }
}
