namespace IacTest.Lint.Yaml;

/// <summary>A 1-based line and column (in characters) with the 0-based character offset.</summary>
public readonly record struct Position(int Line, int Column, int Offset)
{
    /// <summary>Converts a YamlDotNet mark, which counts lines and columns from 1.</summary>
    public static Position From(YamlDotNet.Core.Mark mark) => new((int)mark.Line, (int)mark.Column, (int)mark.Index);

    /// <inheritdoc />
    public override string ToString() => $"{Line}:{Column}";
}
