using IacTest.Lint.Diagnostics;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Suppressions;

/// <summary>
/// The suppressions of one file, from its comments: whole-file, per-line and from-here-on (until re-enabled).
/// </summary>
internal sealed class SuppressionMap
{
    private readonly List<(int Line, SuppressionScope Scope)> _lines = [];
    private readonly List<(int Line, bool Disable, SuppressionScope Scope)> _blocks = [];
    private readonly List<(int FirstLine, int LastLine, SuppressionScope Scope)> _ranges = [];
    private readonly HashSet<RuleFamily> _fileDisabled = [];

    /// <summary>Whether nothing is suppressed.</summary>
    public bool IsEmpty => _lines.Count == 0 && _blocks.Count == 0 && _ranges.Count == 0 && _fileDisabled.Count == 0;

    /// <summary>Turns off a whole family for the file (yamllint's <c>disable-file</c>).</summary>
    public void DisableFile(RuleFamily family) => _fileDisabled.Add(family);

    /// <summary>Whether a family is off for the whole file.</summary>
    public bool IsFileDisabled(RuleFamily family) => _fileDisabled.Contains(family);

    /// <summary>Suppresses findings on one line; no names means every rule of the families.</summary>
    public void SuppressLine(int line, IEnumerable<RuleFamily> families, IEnumerable<string> names) =>
        _lines.Add((line, new SuppressionScope(families, names)));

    /// <summary>Suppresses findings on a range of lines (e.g. a whole Ansible task).</summary>
    public void SuppressRange(int firstLine, int lastLine, IEnumerable<RuleFamily> families, IEnumerable<string> names) =>
        _ranges.Add((firstLine, lastLine, new SuppressionScope(families, names)));

    /// <summary>Disables (or re-enables) rules from a line on.</summary>
    public void Block(int line, bool disable, IEnumerable<RuleFamily> families, IEnumerable<string> names) =>
        _blocks.Add((line, disable, new SuppressionScope(families, names)));

    /// <summary>Whether <paramref name="diagnostic"/> of a rule of <paramref name="family"/> is suppressed.</summary>
    public bool IsSuppressed(LintDiagnostic diagnostic, RuleFamily family)
    {
        if (_fileDisabled.Contains(family))
        {
            return true;
        }

        foreach (var (line, scope) in _lines)
        {
            if (line == diagnostic.Line && scope.Covers(diagnostic, family))
            {
                return true;
            }
        }

        foreach (var (first, last, scope) in _ranges)
        {
            if (diagnostic.Line >= first && diagnostic.Line <= last && scope.Covers(diagnostic, family))
            {
                return true;
            }
        }

        return IsBlockDisabled(diagnostic, family);
    }

    private bool IsBlockDisabled(LintDiagnostic diagnostic, RuleFamily family)
    {
        // Replay the directives up to the end of the finding's line, as yamllint does: a directive on a line
        // governs all of that line. "disable" then "enable rule:x" leaves every rule but x off.
        var allDisabled = false;
        var disabled = false;
        var exception = false;
        foreach (var (line, disable, scope) in _blocks)
        {
            if (line > diagnostic.Line)
            {
                break;
            }

            if (!scope.Families.Contains(family))
            {
                continue;
            }

            var names = scope.AllRules || scope.Covers(diagnostic, family);
            switch (disable, scope.AllRules)
            {
                case (true, true):
                    allDisabled = true;
                    exception = false;
                    break;
                case (true, false) when names:
                    disabled = true;
                    exception = false;
                    break;
                case (false, true):
                    allDisabled = false;
                    disabled = false;
                    exception = false;
                    break;
                case (false, false) when names:
                    disabled = false;
                    exception = allDisabled;
                    break;
            }
        }

        return (allDisabled && !exception) || disabled;
    }
}
