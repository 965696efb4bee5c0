package org.skills4cities.toolkit.interchange.spreadsheet;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.skills4cities.toolkit.framework.importing.FrameworkRejected;
import org.skills4cities.toolkit.framework.importing.ImportProblem;

/** Decodes a file that must be UTF-8, naming the line of the first bytes that are not. */
final class Utf8Text {

    private Utf8Text() {}

    static String decode(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new FrameworkRejected(List.of(ImportProblem.at(where(out.flip()), "invalidUtf8")));
        }
        return out.flip().toString();
    }

    /** The line of the first character after the text decoded so far. */
    private static String where(CharSequence decoded) {
        long line = 1 + decoded.chars().filter(c -> c == '\n').count();
        return "line " + line;
    }
}
