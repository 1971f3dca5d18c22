namespace IacTest.Harness.Rendering;

/// <summary>Turns a rendering that read a variable defined nowhere into an error naming the variable and line.</summary>
internal static class UndefinedReadsCheck
{
    /// <summary>Each rendered result that read an undefined name gets an error; the rendered text is kept.</summary>
    public static async Task<IReadOnlyList<RenderedTemplate>> ApplyAsync(
        IReadOnlyList<RenderedTemplate> rendered,
        IReadOnlyList<(string Name, string FullPath)> templates,
        IReadOnlySet<string> defined,
        string workDirectory,
        string output,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var ok = Enumerable.Range(0, rendered.Count).Where(i => rendered[i].Error is null).ToList();
        var undefined = await UndefinedNames.FindAsync(ok.Select(i => templates[i].FullPath).Distinct().ToList(), defined, workDirectory, timeout, cancellationToken).ConfigureAwait(false);
        var checkedResults = rendered.ToList();
        foreach (var i in ok)
        {
            if (undefined.TryGetValue(templates[i].FullPath, out var names) && names.Count > 0)
            {
                var text = await File.ReadAllTextAsync(templates[i].FullPath, cancellationToken).ConfigureAwait(false);
                var name = names.OrderBy(n => TemplateLineLocator.LineUsing(text, n) ?? int.MaxValue).First();
                var message = $"'{name}' is undefined: the template reads it, but it was neither given nor defined by the role"
                    + " (a test such as 'is defined' or a 'default' filter kept Ansible quiet)"
                    + (names.Count > 1 ? $"; also undefined: {string.Join(", ", names.Where(n => n != name))}" : string.Empty);
                checkedResults[i] = rendered[i] with
                {
                    Error = new TemplateRenderException(templates[i].FullPath, TemplateLineLocator.LineUsing(text, name), message, output) { UndefinedVariable = name },
                };
            }
        }

        return checkedResults;
    }
}
