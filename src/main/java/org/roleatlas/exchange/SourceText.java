package org.roleatlas.exchange;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads an import file as strict UTF-8 within the size limit, or says exactly what is wrong with it. */
final class SourceText {

    static final long MAX_BYTES = 5L * 1024 * 1024;

    private SourceText() {
    }

    /** @throws ImportProblem naming the file (and line, for bad UTF-8) */
    static String read(Path file, String name) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ImportProblem(name, 0, "no such file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ImportProblem(name, 0, String.format("the file is %.1f MiB; the limit is 5 MiB", size / 1048576.0));
            }
            return decode(Files.readAllBytes(file), name);
        } catch (IOException e) {
            throw new ImportProblem(name, 0, "cannot read: " + e.getMessage());
        }
    }

    static String decode(byte[] bytes, String name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            // on error the decoder leaves the input positioned at the first byte it could not decode
            throw invalidUtf8(bytes, in.position(), name);
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The decoder stops at the first bad byte; count the lines before it to name the line. */
    private static ImportProblem invalidUtf8(byte[] bytes, int position, String name) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        String at = position < bytes.length ? String.format("byte 0x%02X", bytes[position] & 0xff) : "the end";
        return new ImportProblem(name, line, "not valid UTF-8 (" + at + " at column " + column + ")");
    }
}
