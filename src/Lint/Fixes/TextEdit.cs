namespace IacTest.Lint.Fixes;

/// <summary>One replacement in a file's text: <see cref="Length"/> characters from <see cref="Start"/> become <see cref="Replacement"/>.</summary>
/// <param name="Start">0-based character offset.</param>
/// <param name="Length">Characters replaced (0 for an insertion).</param>
/// <param name="Replacement">The new text (empty for a deletion).</param>
internal readonly record struct TextEdit(int Start, int Length, string Replacement)
{
    /// <summary>The offset just after the replaced characters.</summary>
    public int End => Start + Length;

    /// <summary>
    /// Whether the two edits touch the same characters, or insert at the same place: applying both would depend on
    /// their order, so one waits for the next round.
    /// </summary>
    public bool Overlaps(TextEdit other) =>
        Start < other.End && other.Start < End
        || Start == other.Start
        || (Length == 0 && Start > other.Start && Start < other.End)
        || (other.Length == 0 && other.Start > Start && other.Start < End);

    /// <summary>Applies edits that do not overlap to <paramref name="text"/>.</summary>
    public static string Apply(string text, IReadOnlyList<TextEdit> edits)
    {
        var builder = new System.Text.StringBuilder(text.Length + 64);
        var position = 0;
        foreach (var edit in edits.OrderBy(e => e.Start))
        {
            builder.Append(text, position, edit.Start - position);
            builder.Append(edit.Replacement);
            position = edit.End;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }
}
