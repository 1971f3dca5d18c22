using System.Globalization;
using IacTest.Harness.Checks;
using IacTest.Lint.Yaml;

namespace IacTest.Harness.Goss;

/// <summary>Turns a goss attribute value (scalar, list or one-key matcher map) into a <see cref="Matcher"/>.</summary>
internal sealed class GossMatcherParser(Action<YNode, string> report)
{
    private static readonly string[] Known =
    [
        "equal", "have-prefix", "have-suffix", "contain-substring", "match-regexp", "lt", "le", "gt", "ge",
        "contain-element", "contain-elements", "consist-of", "have-len", "have-patterns", "have-key", "semver-constraint",
        "gjson", "and", "or", "not",
    ];

    /// <summary>Parses a value; <paramref name="listMeaning"/> says what a plain list means for this attribute.</summary>
    public Matcher? Parse(YNode node, ListMeaning listMeaning)
    {
        node = Resolve(node);
        switch (node)
        {
            case YScalar scalar:
                return Matcher.Equal(Value(scalar));
            case YSequence sequence when listMeaning == ListMeaning.Patterns:
                var patterns = Strings(sequence);
                return patterns is null ? null : Matcher.HavePatterns([.. patterns]);
            case YSequence sequence:
                var elements = Elements(sequence);
                return elements is null ? null : Matcher.ContainElements([.. elements]);
            case YMapping mapping when mapping.Pairs.Count == 1 && mapping.Pairs[0].KeyText is { } name:
                return ParseNamed(name, mapping.Pairs[0].Value, mapping.Pairs[0].Key);
            default:
                report(node, "expected a value, a list, or a matcher such as {have-prefix: \"x\"}");
                return null;
        }
    }

    private Matcher? ParseNamed(string name, YNode argument, YNode keyNode)
    {
        argument = Resolve(argument);
        switch (name)
        {
            case "equal":
                return argument is YSequence list && Strings(list) is { } items ? Matcher.Equal(items) : Scalar(argument) is { } s ? Matcher.Equal(Value(s)) : null;
            case "have-prefix":
                return Text(argument) is { } prefix ? Matcher.HavePrefix(prefix) : null;
            case "have-suffix":
                return Text(argument) is { } suffix ? Matcher.HaveSuffix(suffix) : null;
            case "contain-substring":
                return Text(argument) is { } substring ? Matcher.ContainSubstring(substring) : null;
            case "match-regexp":
                if (Text(argument) is not { } pattern)
                {
                    return null;
                }

                try
                {
                    _ = new System.Text.RegularExpressions.Regex(pattern);
                    return Matcher.MatchRegexp(pattern);
                }
                catch (ArgumentException e)
                {
                    report(argument, $"invalid regular expression: {e.Message}");
                    return null;
                }

            case "lt" or "le" or "gt" or "ge":
                if (Number(argument) is not { } limit)
                {
                    return null;
                }

                return name switch
                {
                    "lt" => Matcher.LessThan(limit),
                    "le" => Matcher.AtMost(limit),
                    "gt" => Matcher.GreaterThan(limit),
                    _ => Matcher.AtLeast(limit),
                };
            case "contain-element":
                return Parse(argument, ListMeaning.Elements) is { } element ? Matcher.ContainElement(element) : null;
            case "contain-elements" or "consist-of" or "and" or "or":
                if (argument is not YSequence sequence)
                {
                    report(argument, $"{name} takes a list");
                    return null;
                }

                var elements = Elements(sequence);
                if (elements is null)
                {
                    return null;
                }

                return name switch
                {
                    "contain-elements" => Matcher.ContainElements([.. elements]),
                    "consist-of" => Matcher.ConsistOf([.. elements]),
                    "and" => Matcher.And([.. elements]),
                    _ => Matcher.Or([.. elements]),
                };
            case "have-len":
                return Number(argument) is { } length ? Matcher.HaveLength((int)length) : null;
            case "have-patterns":
                return argument is YSequence patterns && Strings(patterns) is { } items2 ? Matcher.HavePatterns([.. items2]) : Fail(argument, "have-patterns takes a list of patterns");
            case "not":
                return Parse(argument, ListMeaning.Elements) is { } inner ? Matcher.Not(inner) : null;
            case "have-key":
                if (argument is YScalar { IsNull: true })
                {
                    return Fail(argument, "have-key takes a key, or a matcher for the key such as {have-prefix: \"x\"}");
                }

                return Parse(argument, ListMeaning.Elements) is { } key ? Matcher.HaveKey(key) : null;
            case "semver-constraint":
                if (Text(argument) is not { } constraint)
                {
                    return null;
                }

                try
                {
                    return Matcher.SemverConstraint(constraint);
                }
                catch (ArgumentException e)
                {
                    // goss finds this only when the check runs; here it is a positioned problem before anything runs.
                    report(argument, e.Message.Split(" (Parameter", 2)[0]);
                    return null;
                }

            case "gjson":
                if (argument is not YMapping { Pairs.Count: > 0 } paths)
                {
                    return Fail(argument, "gjson takes a map of paths to matchers, e.g. {status.ready: true}");
                }

                var byPath = new Dictionary<string, Matcher>(StringComparer.Ordinal);
                foreach (var pair in paths.Pairs)
                {
                    if (pair.KeyText is not { Length: > 0 } path)
                    {
                        return Fail(pair.Key, "a gjson path is a text such as items.0.name");
                    }

                    if (Parse(pair.Value, ListMeaning.Elements) is not { } matcher)
                    {
                        return null;
                    }

                    byPath[path] = matcher;
                }

                return Matcher.Gjson(byPath);
            default:
                report(keyNode, $"unknown matcher '{name}' (known: {string.Join(", ", Known)})");
                return null;
        }
    }

    private Matcher? Fail(YNode node, string message)
    {
        report(node, message);
        return null;
    }

    private List<Matcher>? Elements(YSequence sequence)
    {
        var result = new List<Matcher>();
        foreach (var item in sequence.Items)
        {
            var matcher = Parse(item, ListMeaning.Elements);
            if (matcher is null)
            {
                return null;
            }

            result.Add(matcher);
        }

        return result;
    }

    private List<string>? Strings(YSequence sequence)
    {
        var result = new List<string>();
        foreach (var item in sequence.Items)
        {
            if (Scalar(Resolve(item)) is not { } scalar)
            {
                return null;
            }

            result.Add(scalar.Value);
        }

        return result;
    }

    private YScalar? Scalar(YNode node)
    {
        if (node is YScalar scalar)
        {
            return scalar;
        }

        report(node, "expected a single value");
        return null;
    }

    private string? Text(YNode node) => Scalar(node)?.Value;

    private double? Number(YNode node)
    {
        if (Scalar(node) is not { } scalar)
        {
            return null;
        }

        if (double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        report(node, $"expected a number, found '{scalar.Value}'");
        return null;
    }

    /// <summary>A scalar's typed value: plain true/false → bool, plain integer → long, else text.</summary>
    internal static object Value(YScalar scalar)
    {
        if (scalar.IsPlain)
        {
            if (scalar.Value is "true" or "True" or "TRUE")
            {
                return true;
            }

            if (scalar.Value is "false" or "False" or "FALSE")
            {
                return false;
            }

            if (long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }
        }

        return scalar.Value;
    }

    internal static YNode Resolve(YNode node)
    {
        var depth = 0;
        while (node is YAlias { Target: { } target } && depth++ < 64)
        {
            node = target;
        }

        return node;
    }
}

/// <summary>What a plain YAML list means for an attribute.</summary>
internal enum ListMeaning
{
    /// <summary>Each element must be present (contain-elements).</summary>
    Elements,

    /// <summary>Goss patterns against text (contents, stdout, stderr, body, headers).</summary>
    Patterns,
}
