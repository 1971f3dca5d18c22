using System.Text.RegularExpressions;

namespace IacTest.Harness.Checks;

internal sealed class EqualMatcher(object? expected) : Matcher
{
    public override bool Matches(object? actual)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null;
        }

        if (actual is IEnumerable<string> list && actual is not string)
        {
            return expected is IEnumerable<string> wanted && wanted.SequenceEqual(list);
        }

        if (expected is not string && AsNumber(expected) is { } e && AsNumber(actual) is { } a)
        {
            return a == e;
        }

        return string.Equals(AsText(actual), AsText(expected), StringComparison.Ordinal);
    }

    public override string Describe() => Format(expected);
}

internal sealed class TextMatcher(string name, string expected, Func<string, string, bool> test) : Matcher
{
    public override bool Matches(object? actual) => AsText(actual) is { } text && test(text, expected);

    public override string Describe() => $"{name} {Format(expected)}";
}

internal sealed class NumericMatcher(string name, double limit, Func<double, double, bool> test) : Matcher
{
    public override bool Matches(object? actual) => AsNumber(actual) is { } value && test(value, limit);

    public override string Describe() => $"{name} {Format(limit)}";
}

internal sealed class ContainElementMatcher(Matcher element) : Matcher
{
    public override bool Matches(object? actual) => actual is IEnumerable<string> list && list.Any(element.Matches);

    public override string Describe() => $"contain-element {element.Describe()}";
}

internal sealed class ElementsMatcher(string name, IReadOnlyList<Matcher> elements, bool exact) : Matcher
{
    public override bool Matches(object? actual)
    {
        if (actual is not IEnumerable<string> list)
        {
            return false;
        }

        var remaining = list.ToList();
        foreach (var element in elements)
        {
            var index = remaining.FindIndex(element.Matches);
            if (index < 0)
            {
                return false;
            }

            remaining.RemoveAt(index);
        }

        return !exact || remaining.Count == 0;
    }

    public override string Describe() => $"{name} [{string.Join(", ", elements.Select(e => e.Describe()))}]";
}

internal sealed class LengthMatcher(int length) : Matcher
{
    public override bool Matches(object? actual) => actual switch
    {
        string s => s.Length == length,
        IEnumerable<string> list => list.Count() == length,
        _ => false,
    };

    public override string Describe() => $"have-len {length}";
}

internal sealed class PatternsMatcher(IReadOnlyList<string> patterns) : Matcher
{
    public override bool Matches(object? actual) => AsText(actual) is { } text && Missing(text).Count == 0;

    /// <summary>The patterns that do not hold for <paramref name="text"/>.</summary>
    public IReadOnlyList<string> Missing(string text)
    {
        var missing = new List<string>();
        foreach (var pattern in patterns)
        {
            var negate = pattern.StartsWith('!');
            var body = negate ? pattern[1..] : pattern;
            bool found;
            if (body.Length >= 2 && body.StartsWith('/') && body.EndsWith('/'))
            {
                found = Regex.IsMatch(text, body[1..^1], RegexOptions.Multiline, TimeSpan.FromSeconds(2));
            }
            else
            {
                found = text.Split('\n').Any(line => line.Contains(body, StringComparison.Ordinal));
            }

            if (found == negate)
            {
                missing.Add(pattern);
            }
        }

        return missing;
    }

    public override string Describe() => $"have-patterns [{string.Join(", ", patterns.Select(p => Format(p)))}]";
}

internal sealed class LogicMatcher(string name, IReadOnlyList<Matcher> matchers, bool all) : Matcher
{
    public override bool Matches(object? actual) => all ? matchers.All(m => m.Matches(actual)) : matchers.Any(m => m.Matches(actual));

    public override string Describe() => $"{name} [{string.Join(", ", matchers.Select(m => m.Describe()))}]";
}

internal sealed class NotMatcher(Matcher inner) : Matcher
{
    public override bool Matches(object? actual) => !inner.Matches(actual);

    public override string Describe() => $"not {inner.Describe()}";
}

internal sealed class HaveKeyMatcher(Matcher key) : Matcher
{
    public override bool Matches(object? actual) => actual is IReadOnlyDictionary<string, object?> map && map.Keys.Any(key.Matches);

    public override string Describe() => $"have-key {key.Describe()}";
}

internal sealed class SemverConstraintMatcher(string constraint, SemverRange range) : Matcher
{
    // As goss: the actual value is one version or a list of them, and every one must satisfy the range; a value that
    // is not a strict semantic version (or an empty list) fails.
    public override bool Matches(object? actual)
    {
        IReadOnlyList<string>? versions = actual switch
        {
            string text => [text],
            IEnumerable<string> list => [.. list],
            _ => null,
        };
        return versions is { Count: > 0 } && versions.All(v => SemanticVersion.Parse(v) is { } version && range.Contains(version));
    }

    public override string Describe() => $"semver-constraint {Format(constraint)}";
}

internal sealed class GjsonMatcher(IReadOnlyList<KeyValuePair<string, Matcher>> paths) : Matcher
{
    // As goss: the actual value is JSON text; each path must be in it and its value must match.
    public override bool Matches(object? actual) =>
        actual is string json && paths.All(p => GjsonPath.TryGet(json, p.Key, out var value, out _) && p.Value.Matches(value));

    public override string Describe() => $"gjson {{{string.Join(", ", paths.Select(p => $"{p.Key}: {p.Value.Describe()}"))}}}";
}
