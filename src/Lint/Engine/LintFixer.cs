using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Fixes;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Engine;

/// <summary>
/// Applies the mechanical fixes of a file's findings (<see cref="LintRule.FixesAutomatically"/>) in rounds: lint, apply
/// the edits that do not overlap, lint again, until no fixable finding is left or a round changes nothing. An edit that
/// would change the data the file loads to is dropped, so a fix never changes what a layout rule only formats.
/// </summary>
public sealed class LintFixer
{
    // Every fix removes its finding or makes progress towards it (one space a round); ten rounds end a file whose fixes
    // undo each other under an odd configuration instead of looping.
    private const int MaxRounds = 10;

    private readonly LintEngine _engine;

    /// <summary>Creates a fixer that lints with <paramref name="engine"/>.</summary>
    public LintFixer(LintEngine engine)
    {
        _engine = engine;
    }

    /// <summary>Fixes <paramref name="text"/>, read from <paramref name="path"/> (which decides the file kind), under <paramref name="configuration"/>.</summary>
    public FixResult Fix(string path, string text, LintConfiguration configuration)
    {
        var current = text;
        var applied = 0;
        var result = _engine.LintText(path, current, configuration);
        for (var round = 0; round < MaxRounds; round++)
        {
            var next = Round(current, result.Diagnostics, out var count);
            if (count == 0)
            {
                break;
            }

            current = next;
            applied += count;
            result = _engine.LintText(path, current, configuration);
        }

        return new FixResult(current, applied, result.Diagnostics);
    }

    /// <summary>One round: the edits of the findings, without overlaps, and without those that change the file's data.</summary>
    private string Round(string text, IReadOnlyList<LintDiagnostic> findings, out int applied)
    {
        applied = 0;
        var source = new FixText(text);
        var keeping = new List<TextEdit>();
        var changing = new List<TextEdit>();
        foreach (var finding in findings)
        {
            if (_engine.Catalog.Find(finding.Code)?.Fix is not { } fix || fix.Edit(source, finding) is not { } edit)
            {
                continue;
            }

            var batch = fix.KeepsData ? keeping : changing;
            if (!keeping.Concat(changing).Any(e => e.Overlaps(edit)))
            {
                batch.Add(edit);
            }
        }

        if (keeping.Count + changing.Count == 0)
        {
            return text;
        }

        // A file that does not parse is not fixed: what its data is cannot be checked.
        if (source.Documents is not { } documents)
        {
            return text;
        }

        var data = YamlData.Of(documents);
        var kept = Keeping(text, data, keeping);
        // Edits that change data by design (a renamed key) wait for a round without layout edits, so the data check of
        // the layout edits compares like with like.
        var edits = kept.Count > 0 ? kept : changing;
        applied = edits.Count;
        return applied == 0 ? text : TextEdit.Apply(text, edits);
    }

    /// <summary>The layout edits that keep the data: all of them when together they do, else each that does alone.</summary>
    private static List<TextEdit> Keeping(string text, string data, List<TextEdit> edits)
    {
        if (edits.Count == 0 || YamlData.Of(TextEdit.Apply(text, edits)) == data)
        {
            return edits;
        }

        var alone = edits.Where(e => YamlData.Of(TextEdit.Apply(text, [e])) == data).ToList();
        return alone.Count > 0 && YamlData.Of(TextEdit.Apply(text, alone)) == data ? alone : alone.Take(1).ToList();
    }
}
