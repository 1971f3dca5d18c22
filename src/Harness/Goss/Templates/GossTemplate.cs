namespace IacTest.Harness.Goss.Templates;

/// <summary>
/// Renders a goss file as goss does before reading it (Go's text/template over <c>.Vars</c> and <c>.Env</c>).
/// Problems are reported with their position; the text of an action that failed stays in the output as written.
/// </summary>
internal static class GossTemplate
{
    /// <summary>
    /// Renders <paramref name="text"/>. <paramref name="report"/> gets each problem (line, column, message);
    /// <paramref name="failedActions"/> collects the source of each action that could not run.
    /// </summary>
    public static string Render(
        string text, string directory, object? vars, IReadOnlyDictionary<string, object?> environment, Action<int, int, string> report, ISet<string> failedActions) =>
        RenderWithLines(text, directory, vars, environment, report, failedActions).Text;

    /// <summary>
    /// Like <see cref="Render"/>, plus the line of the goss file each rendered line came from (1-based in, 1-based
    /// out), so problems found in the rendered text point into the file as written.
    /// </summary>
    public static (string Text, Func<int, int> SourceLine) RenderWithLines(
        string text, string directory, object? vars, IReadOnlyDictionary<string, object?> environment, Action<int, int, string> report, ISet<string> failedActions)
    {
        static int Same(int line) => line;
        if (!text.Contains("{{", StringComparison.Ordinal))
        {
            return (text, Same);
        }

        IReadOnlyList<TemplateNode> nodes;
        TemplateParser parser;
        try
        {
            parser = new TemplateParser(text, new TemplateLexer(text).Tokenize());
            nodes = parser.Parse();
        }
        catch (TemplateException e)
        {
            // goss refuses the whole file; here the file is read without rendering, so every value that still holds
            // a template is reported by the loader and the resources without one still run.
            report(e.Line, e.Column, "template: " + e.Message);
            return (text, Same);
        }

        var root = new Dictionary<string, object?>(StringComparer.Ordinal) { ["Vars"] = vars, ["Env"] = environment };
        var evaluator = new TemplateEvaluator(new TemplateFunctions(directory, environment), (e, source) =>
        {
            report(e.Line, e.Column, e.Message);
            if (source is not null)
            {
                failedActions.Add(source);
            }
        });
        var rendered = evaluator.Render(nodes, root, parser.Definitions);
        var lines = evaluator.SourceLines.ToArray();
        return (rendered, line => line >= 1 && line <= lines.Length ? lines[line - 1] : line);
    }
}
