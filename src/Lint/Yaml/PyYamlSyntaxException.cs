namespace IacTest.Lint.Yaml;

/// <summary>PyYAML's MarkedYAMLError: the problem and where it is (what yamllint reports as a syntax error).</summary>
internal sealed class PyYamlSyntaxException(PyYamlMark mark, string problem) : Exception(problem)
{
    /// <summary>The problem mark.</summary>
    public PyYamlMark Mark { get; } = mark;

    /// <summary>The problem as PyYAML words it.</summary>
    public string Problem { get; } = problem;
}
