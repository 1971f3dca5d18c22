using IacTest.Harness.Checks;

namespace IacTest.Harness.Goss;

/// <summary>One resource of a goss file, ready to run.</summary>
/// <param name="File">The goss file it was declared in (after includes).</param>
/// <param name="Line">Its line.</param>
/// <param name="Check">The check.</param>
public sealed record GossResource(string File, int Line, ResourceCheck Check)
{
    /// <summary>How it is named in reports and test rows: <c>file:/etc/passwd</c>.</summary>
    public string Label => Check.Label;
}
