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
        string text, string directory, object? vars, IReadOnlyDictionary<string, object?> environment, Action<int, int, string> report, ISet<string> failedActions)
    {
        if (!text.Contains("{{", StringComparison.Ordinal))
        {
            return text;
        }

        IReadOnlyList<TemplateNode> nodes;
        try
        {
            nodes = new TemplateParser(text, new TemplateLexer(text).Tokenize()).Parse();
        }
        catch (TemplateException e)
        {
            // goss refuses the whole file; here the file is read without rendering, so every value that still holds
            // a template is reported by the loader and the resources without one still run.
            report(e.Line, e.Column, "template: " + e.Message);
            return text;
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
        return evaluator.Render(nodes, root);
    }
}
