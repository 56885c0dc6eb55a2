package org.iowscb.learningloop.platform.engine;

/** How a value a person sent is shown back in a message: quoted, at most {@value #SHOWN} characters. */
public final class Texts {

    public static final int SHOWN = 60;

    private Texts() {
    }

    public static String shown(String value) {
        if (value == null) {
            return "nothing";
        }
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(SHOWN).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return "'" + out + (value.codePointCount(0, value.length()) > SHOWN ? "…'" : "'");
    }
}
