using System.Text.Json;

namespace IacTest.Lint.Tests.Yaml;

/// <summary>
/// Broken (and nearly broken) YAML by class with the syntax error yamllint 1.29.0 reports for each
/// (eng/conformance/yamllint/generate_syntax_cases.py writes them; a line of 0 means yamllint accepts the text).
/// </summary>
internal static class YamlSyntaxCases
{
    private static readonly Lazy<IReadOnlyList<YamlSyntaxCase>> All = new(Load);

    /// <summary>Every case, in the order the generator wrote them.</summary>
    public static IReadOnlyList<YamlSyntaxCase> Cases => All.Value;

    private static IReadOnlyList<YamlSyntaxCase> Load()
    {
        // Beside the yamllint fixtures: <tests>/Fixtures/yamllint → <tests>/Yaml/SyntaxCases.
        var path = Path.GetFullPath(Path.Combine(YamllintFixtures.Root, "..", "..", "Yaml", "SyntaxCases", "syntax-cases.jsonl"));
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        return File.ReadLines(path)
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<YamlSyntaxCase>(line, options)!)
            .ToArray();
    }
}

/// <summary>One generated case and where yamllint puts its syntax error.</summary>
/// <param name="Name">Class, number and context (<c>tabs-003-map</c>).</param>
/// <param name="Class">What is wrong (<c>tabs</c>, <c>unclosed-flow-sequence</c>, …).</param>
/// <param name="Text">The YAML text.</param>
/// <param name="Line">yamllint's 1-based line, 0 when it finds no syntax error.</param>
/// <param name="Column">yamllint's 1-based column, 0 when it finds no syntax error.</param>
/// <param name="Message">yamllint's description without <c>syntax error: </c> and <c>(syntax)</c>.</param>
internal sealed record YamlSyntaxCase(string Name, string Class, string Text, int Line, int Column, string Message)
{
    /// <summary>yamllint's verdict as compared: <c>line:column</c>, or <c>valid</c>.</summary>
    public string Expected => Line == 0 ? "valid" : $"{Line}:{Column}";
}
