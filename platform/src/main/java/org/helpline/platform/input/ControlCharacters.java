package org.helpline.platform.input;

/**
 * Text a person typed never holds C0 control characters other than tab and line breaks, nor DEL. PostgreSQL
 * refuses NUL in text (a 500 where the caller deserved a 400), and a line break in a path or an id would forge
 * a log line: such input is refused at the edge, by {@link ControlCharacterFilter} and {@link TypedTextBodies}.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** Free text (a note, an address) may break lines; nothing else below a space may appear. */
    public static boolean inText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    /** A path or a query value: not even a line break. */
    public static boolean inLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return true;
            }
        }
        return false;
    }
}
