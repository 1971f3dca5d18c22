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
        var current = new FixText(text);
        var applied = 0;
        var result = _engine.LintText(path, text, configuration);
        for (var round = 0; round < MaxRounds; round++)
        {
            if (Round(current, result.Diagnostics, out var count) is not { } next)
            {
                break;
            }

            current = next;
            applied += count;
            result = _engine.LintText(path, current.Text, configuration);
        }

        return new FixResult(current.Text, applied, result.Diagnostics);
    }

    /// <summary>
    /// One round: the edits of the findings, without overlaps, and without those that change the file's data. Returns
    /// the fixed text (already parsed when the data check parsed it, for the next round's fixes), or null when no edit
    /// applies.
    /// </summary>
    private FixText? Round(FixText source, IReadOnlyList<LintDiagnostic> findings, out int applied)
    {
        applied = 0;
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

        // A file that does not parse is not fixed: what its data is cannot be checked.
        if (keeping.Count + changing.Count == 0 || source.Documents is not { } documents)
        {
            return null;
        }

        if (Keeping(source.Text, YamlData.Of(documents), keeping) is ({ } kept, var count))
        {
            applied = count;
            return kept;
        }

        // Edits that change data by design (a renamed key) wait for a round without layout edits, so the data check of
        // the layout edits compares like with like.
        applied = changing.Count;
        return applied == 0 ? null : new FixText(TextEdit.Apply(source.Text, changing));
    }

    /// <summary>
    /// The text with the layout edits that keep the data: all of them when together they do, else each that does alone;
    /// null when none does.
    /// </summary>
    private static (FixText? Text, int Count) Keeping(string text, string data, List<TextEdit> edits)
    {
        if (edits.Count == 0)
        {
            return (null, 0);
        }

        if (Checked(text, edits, data) is { } all)
        {
            return (all, edits.Count);
        }

        var alone = edits.Select(e => (Edit: e, Text: Checked(text, [e], data))).Where(a => a.Text is not null).ToList();
        return alone.Count switch
        {
            0 => (null, 0),
            1 => (alone[0].Text, 1),
            _ => Checked(text, alone.Select(a => a.Edit).ToList(), data) is { } together ? (together, alone.Count) : (alone[0].Text, 1),
        };
    }

    /// <summary>The text with <paramref name="edits"/> applied, when it still loads to <paramref name="data"/>.</summary>
    private static FixText? Checked(string text, IReadOnlyList<TextEdit> edits, string data)
    {
        var candidate = new FixText(TextEdit.Apply(text, edits));
        return candidate.Documents is { } documents && YamlData.Of(documents) == data ? candidate : null;
    }
}
