namespace IacTest.Lint.Yaml;

/// <summary>A position as PyYAML's reader keeps it: 0-based offset, line and column (in code points).</summary>
internal readonly record struct PyYamlMark(int Index, int Line, int Column)
{
    /// <summary>The 1-based position yamllint prints.</summary>
    public Position ToPosition() => new(Line + 1, Column + 1, Index);
}
