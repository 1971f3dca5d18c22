namespace IacTest.Harness.Goss.Templates;

/// <summary>A template that cannot be read or run, at a 1-based line and column of the goss file.</summary>
internal sealed class TemplateException(int line, int column, string message) : Exception(message)
{
    /// <summary>Line of the action.</summary>
    public int Line { get; } = line;

    /// <summary>Column of the action.</summary>
    public int Column { get; } = column;
}
