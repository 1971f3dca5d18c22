using System.Text;
using DiffPlex;

namespace IacTest.Harness.Snapshots;

/// <summary>A unified diff (<c>---</c>/<c>+++</c> headers, <c>@@</c> hunks, 3 lines of context) computed by DiffPlex.</summary>
internal static class UnifiedDiff
{
    /// <summary>The diff turning <paramref name="expected"/> into <paramref name="actual"/>; empty when equal.</summary>
    public static string Create(string expected, string actual, string expectedName = "verified", string actualName = "received", int context = 3)
    {
        if ((expected.Length == 0 || expected.EndsWith('\n')) && (actual.Length == 0 || actual.EndsWith('\n')))
        {
            // Both end with a newline (or are empty): diff the lines, not the empty piece after the last newline.
            expected = expected.Length == 0 ? expected : expected[..^1];
            actual = actual.Length == 0 ? actual : actual[..^1];
        }

        var diff = Differ.Instance.CreateLineDiffs(expected, actual, ignoreWhitespace: false, ignoreCase: false);
        if (diff.DiffBlocks.Count == 0)
        {
            return string.Empty;
        }

        var oldLines = diff.PiecesOld;
        var newLines = diff.PiecesNew;
        var builder = new StringBuilder();
        builder.Append("--- ").Append(expectedName).Append('\n');
        builder.Append("+++ ").Append(actualName).Append('\n');

        var blocks = diff.DiffBlocks;
        var index = 0;
        while (index < blocks.Count)
        {
            // Group blocks whose context overlaps into one hunk.
            var last = index;
            while (last + 1 < blocks.Count && blocks[last + 1].DeleteStartA - (blocks[last].DeleteStartA + blocks[last].DeleteCountA) <= 2 * context)
            {
                last++;
            }

            var oldStart = Math.Max(0, blocks[index].DeleteStartA - context);
            var newStart = Math.Max(0, blocks[index].InsertStartB - context);
            var oldEnd = Math.Min(oldLines.Count, blocks[last].DeleteStartA + blocks[last].DeleteCountA + context);
            var newEnd = Math.Min(newLines.Count, blocks[last].InsertStartB + blocks[last].InsertCountB + context);
            builder.Append("@@ -").Append(Range(oldStart, oldEnd - oldStart)).Append(" +").Append(Range(newStart, newEnd - newStart)).Append(" @@\n");

            var oldAt = oldStart;
            for (var b = index; b <= last; b++)
            {
                var block = blocks[b];
                for (; oldAt < block.DeleteStartA; oldAt++)
                {
                    builder.Append(' ').Append(oldLines[oldAt]).Append('\n');
                }

                for (var i = 0; i < block.DeleteCountA; i++)
                {
                    builder.Append('-').Append(oldLines[block.DeleteStartA + i]).Append('\n');
                }

                for (var i = 0; i < block.InsertCountB; i++)
                {
                    builder.Append('+').Append(newLines[block.InsertStartB + i]).Append('\n');
                }

                oldAt = block.DeleteStartA + block.DeleteCountA;
            }

            for (; oldAt < oldEnd; oldAt++)
            {
                builder.Append(' ').Append(oldLines[oldAt]).Append('\n');
            }

            index = last + 1;
        }

        return builder.ToString();
    }

    private static string Range(int start, int count) => count == 1 ? $"{start + 1}" : $"{(count == 0 ? start : start + 1)},{count}";
}
