namespace IacTest.Lint.Hcl;

/// <summary>
/// Reads tokens for the parser, skipping comments, and newlines where the grammar ignores them (inside brackets,
/// parentheses and template sequences). A line comment ends with its line break, so where newlines count it reads
/// as a newline.
/// </summary>
internal sealed class TokenPeeker(IReadOnlyList<HclToken> tokens)
{
    private readonly Stack<bool> _includeNewlines = new([true]);
    private int _next;

    public HclToken Previous { get; private set; } = tokens[0];

    public HclToken Peek() => Find(out _);

    public HclToken Read()
    {
        var token = Find(out var index);
        _next = Math.Min(index + 1, tokens.Count - 1);
        Previous = token;
        return token;
    }

    public HclRange NextRange => Peek().Range;

    public HclRange PreviousRange => Previous.Range;

    public void PushIncludeNewlines(bool include) => _includeNewlines.Push(include);

    public void PopIncludeNewlines() => _includeNewlines.Pop();

    private HclToken Find(out int index)
    {
        var includeNewlines = _includeNewlines.Peek();
        for (var i = _next; i < tokens.Count; i++)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case HclTokenKind.Comment:
                    if (includeNewlines && token.Text.EndsWith('\n'))
                    {
                        index = i;
                        return token with { Kind = HclTokenKind.Newline };
                    }

                    continue;
                case HclTokenKind.Newline when !includeNewlines:
                    continue;
            }

            index = i;
            return token;
        }

        index = tokens.Count - 1;
        return tokens[^1];
    }
}
