using System.Text;

namespace IacTest.Cli;

/// <summary>A unified diff of two texts (<c>diff -u</c>'s form, three lines of context), for <c>lint --diff</c>.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    // Lines compared pairwise after the common start and end are trimmed: fixes are local, so what is left is small.
    // A larger middle (every line break rewritten) is shown as one hunk that replaces it, without the search.
    private const long MaxPairs = 4_000_000;

    /// <summary>The diff of <paramref name="before"/> and <paramref name="after"/> under a path's a/ and b/ names; empty when they are equal.</summary>
    public static string Of(string path, string before, string after)
    {
        var a = Lines(before);
        var b = Lines(after);
        var operations = Operations(a, b);
        if (operations.All(o => o.Kind == ' '))
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        text.Append("--- a/").Append(path).Append('\n');
        text.Append("+++ b/").Append(path).Append('\n');
        var index = 0;
        while (index < operations.Count)
        {
            var change = operations.FindIndex(index, o => o.Kind != ' ');
            if (change < 0)
            {
                break;
            }

            // A hunk runs from the context before its first change to the context after the last change that is
            // closer than twice the context to the next.
            var start = Math.Max(index, change - Context);
            var end = change;
            for (var next = change; next < operations.Count; next++)
            {
                if (operations[next].Kind != ' ')
                {
                    end = next;
                }
                else if (next - end > 2 * Context)
                {
                    break;
                }
            }

            end = Math.Min(operations.Count - 1, end + Context);
            var hunk = operations.GetRange(start, end - start + 1);
            var oldStart = hunk[0].OldLine;
            var newStart = hunk[0].NewLine;
            var oldCount = hunk.Count(o => o.Kind != '+');
            var newCount = hunk.Count(o => o.Kind != '-');
            text.Append($"@@ -{(oldCount == 0 ? oldStart - 1 : oldStart)},{oldCount} +{(newCount == 0 ? newStart - 1 : newStart)},{newCount} @@\n");
            foreach (var operation in hunk)
            {
                text.Append(operation.Kind).Append(Visible(operation.Text)).Append('\n');
                if (operation.Text.Length > 0 && operation.Text[^1] != '\n' && operation.IsLast)
                {
                    text.Append("\\ No newline at end of file\n");
                }
            }

            index = end + 1;
        }

        return text.ToString();
    }

    /// <summary>A line without its <c>\n</c>; a <c>\r</c> is shown, since a line break rewrite is what such a diff is about.</summary>
    private static string Visible(string line)
    {
        var content = line.EndsWith('\n') ? line[..^1] : line;
        return content.EndsWith('\r') ? content[..^1] + "\\r" : content;
    }

    private static List<string> Lines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..end]);
            start = end;
        }

        return lines;
    }

    private static List<Operation> Operations(List<string> a, List<string> b)
    {
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        var operations = new List<Operation>();
        for (var i = 0; i < prefix; i++)
        {
            operations.Add(new Operation(' ', a[i], i + 1, i + 1, false));
        }

        var n = a.Count - prefix - suffix;
        var m = b.Count - prefix - suffix;
        foreach (var (kind, oldIndex, newIndex) in Middle(a, b, prefix, n, m))
        {
            operations.Add(new Operation(kind, kind == '+' ? b[newIndex] : a[oldIndex], oldIndex + 1, newIndex + 1,
                kind == '+' ? newIndex == b.Count - 1 : oldIndex == a.Count - 1));
        }

        for (var i = 0; i < suffix; i++)
        {
            var oldIndex = a.Count - suffix + i;
            var newIndex = b.Count - suffix + i;
            operations.Add(new Operation(' ', a[oldIndex], oldIndex + 1, newIndex + 1, oldIndex == a.Count - 1));
        }

        return operations;
    }

    /// <summary>The edit script of the middle lines: a longest common subsequence, or replace-all when it is too large to search.</summary>
    private static IEnumerable<(char Kind, int Old, int New)> Middle(List<string> a, List<string> b, int offset, int n, int m)
    {
        if ((long)n * m > MaxPairs)
        {
            for (var i = 0; i < n; i++)
            {
                yield return ('-', offset + i, offset);
            }

            for (var j = 0; j < m; j++)
            {
                yield return ('+', offset + n, offset + j);
            }

            yield break;
        }

        // common[i, j]: the longest common subsequence of a[i..n) and b[j..m).
        var common = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                common[i, j] = a[offset + i] == b[offset + j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[offset + x] == b[offset + y])
            {
                yield return (' ', offset + x++, offset + y++);
            }
            else if (y < m && (x == n || common[x, y + 1] > common[x + 1, y]))
            {
                yield return ('+', offset + x, offset + y++);
            }
            else
            {
                yield return ('-', offset + x++, offset + y);
            }
        }
    }

    private sealed record Operation(char Kind, string Text, int OldLine, int NewLine, bool IsLast);
}
