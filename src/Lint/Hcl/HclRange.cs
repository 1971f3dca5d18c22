namespace IacTest.Lint.Hcl;

/// <summary>A span of HCL source from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive).</summary>
/// <param name="Start">The first position in the span.</param>
/// <param name="End">The position just after the span.</param>
public readonly record struct HclRange(HclPosition Start, HclPosition End)
{
    /// <summary>The span that covers both <paramref name="first"/> and <paramref name="last"/>.</summary>
    public static HclRange Between(HclRange first, HclRange last)
    {
        var start = first.Start.Byte <= last.Start.Byte ? first.Start : last.Start;
        var end = first.End.Byte >= last.End.Byte ? first.End : last.End;
        return new HclRange(start, end);
    }

    /// <summary>An empty span at <paramref name="position"/>.</summary>
    public static HclRange At(HclPosition position) => new(position, position);

    /// <summary>The length of the span in bytes.</summary>
    public int Length => End.Byte - Start.Byte;

    /// <summary>Formats as HCL does in its messages: <c>2,10-3,1</c>, or <c>2,1-5</c> within one line.</summary>
    public override string ToString() =>
        Start.Line == End.Line ? $"{Start.Line},{Start.Column}-{End.Column}" : $"{Start.Line},{Start.Column}-{End.Line},{End.Column}";
}
