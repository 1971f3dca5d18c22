using System.Text;

namespace IacTest.Lint.Text;

/// <summary>
/// A file's text, decoded once, with its line table. Knows whether the bytes were text at all so the engine can
/// report a binary or badly encoded file instead of parsing it.
/// </summary>
public sealed class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private SourceText(string path, string text, bool hadBom, string? notText, int notTextLine, int notTextColumn)
    {
        Path = path;
        Text = text;
        HadByteOrderMark = hadBom;
        NotTextReason = notText;
        NotTextLine = notTextLine;
        NotTextColumn = notTextColumn;
        Lines = new SourceLines(text);
    }

    /// <summary>The path the file was read from (as given).</summary>
    public string Path { get; }

    /// <summary>The decoded text, without a byte order mark.</summary>
    public string Text { get; }

    /// <summary>Whether the bytes started with a UTF-8 or UTF-16 byte order mark.</summary>
    public bool HadByteOrderMark { get; }

    /// <summary>Why the file is not text (binary, invalid UTF-8), or null when it is.</summary>
    public string? NotTextReason { get; }

    /// <summary>Line of the first byte that made the file not text.</summary>
    public int NotTextLine { get; }

    /// <summary>Column of the first byte that made the file not text.</summary>
    public int NotTextColumn { get; }

    /// <summary>The lines, split on <c>\n</c> as the reference tools do.</summary>
    public IReadOnlyList<SourceLine> Lines { get; }

    /// <summary>Whether the file decoded as text.</summary>
    public bool IsText => NotTextReason is null;

    /// <summary>The text of a 1-based line without its line break (a trailing <c>\r</c> is kept).</summary>
    public string LineText(int number)
    {
        var line = Lines[number - 1];
        return Text.Substring(line.Start, line.End - line.Start);
    }

    /// <summary>Creates a source from text that is already decoded.</summary>
    public static SourceText FromText(string path, string text) => new(path, text, false, null, 0, 0);

    /// <summary>Decodes bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM; reports binary and invalid UTF-8.</summary>
    public static SourceText FromBytes(string path, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return new SourceText(path, encoding.GetString(bytes[2..]), true, null, 0, 0);
        }

        var hadBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        var body = hadBom ? bytes[3..] : bytes;

        var nul = body.IndexOf((byte)0);
        if (nul >= 0)
        {
            var (line, column) = PositionOfByte(body, nul);
            return new SourceText(path, string.Empty, hadBom, "binary content (a NUL byte)", line, column);
        }

        try
        {
            return new SourceText(path, StrictUtf8.GetString(body), hadBom, null, 0, 0);
        }
        catch (DecoderFallbackException)
        {
            var bad = FirstInvalidUtf8(body);
            var (line, column) = PositionOfByte(body, bad);
            return new SourceText(path, string.Empty, hadBom, $"invalid UTF-8 (byte 0x{body[bad]:X2} at offset {bad})", line, column);
        }
    }

    /// <summary>Reads and decodes a file.</summary>
    public static SourceText Read(string path) => Read(path, long.MaxValue, out _)!;

    /// <summary>
    /// Reads and decodes a file of at most <paramref name="maxBytes"/> bytes; a larger one is not read and null is
    /// returned with its <paramref name="length"/>.
    /// </summary>
    /// <exception cref="NotARegularFileException">The path names a FIFO, socket or device (not opened).</exception>
    public static SourceText? Read(string path, long maxBytes, out long length)
    {
        // Only regular files are opened: opening a FIFO waits for a writer, forever in a build.
        if (FileType.DescribeIfSpecial(path) is { } special)
        {
            throw new NotARegularFileException(path, special);
        }

        // One open and one size query for the limit and the buffer: on a folder of small files the system calls of
        // a separate size check and File.ReadAllBytes cost about as much as linting them.
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        length = RandomAccess.GetLength(handle);
        if (length > maxBytes)
        {
            return null;
        }

        // The buffer holds one byte more than the size, to see the end of the file in the same read.
        if (length >= Array.MaxLength)
        {
            throw new IOException($"the file is {length:N0} bytes, too large to read");
        }

        var rented = RentBuffer((int)length + 1);
        try
        {
            // The size may change while reading: read until the end, growing when the file grew.
            var filled = 0;
            while (true)
            {
                if (filled == rented.Length)
                {
                    var larger = RentBuffer(rented.Length * 2);
                    rented.AsSpan(0, filled).CopyTo(larger);
                    ReturnBuffer(rented);
                    rented = larger;
                }

                var wanted = rented.Length - filled;
                var read = RandomAccess.Read(handle, rented.AsSpan(filled), filled);
                filled += read;
                // A short read of a regular file is its end: no second call to be told so.
                if (read == 0 || (length > 0 && read < wanted && filled >= length))
                {
                    break;
                }

                if (filled > maxBytes)
                {
                    length = filled;
                    return null;
                }
            }

            length = filled;
            return FromBytes(path, rented.AsSpan(0, filled));
        }
        finally
        {
            ReturnBuffer(rented);
        }
    }

    /// <summary>
    /// A read buffer: pooled for the usual small files; a big file's buffer is its own, so that it is freed with the
    /// file instead of staying in the pool for the rest of the run (up to the size limit, 64 MB, for one big file).
    /// </summary>
    private static byte[] RentBuffer(int size) =>
        size <= PooledBufferLimit ? System.Buffers.ArrayPool<byte>.Shared.Rent(size) : GC.AllocateUninitializedArray<byte>(size);

    private static void ReturnBuffer(byte[] buffer)
    {
        if (buffer.Length <= PooledBufferLimit)
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private const int PooledBufferLimit = 1 << 20;

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return Math.Max(0, bytes.Length - 1);
    }

    private static (int Line, int Column) PositionOfByte(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < before.Length; i++)
        {
            if (before[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        // Count characters, not bytes, on the line so the column matches an editor's.
        var prefix = before[lineStart..];
        var column = 1;
        var index = 0;
        while (index < prefix.Length)
        {
            System.Text.Rune.DecodeFromUtf8(prefix[index..], out _, out var consumed);
            index += Math.Max(consumed, 1);
            column++;
        }

        return (line, column);
    }
}
