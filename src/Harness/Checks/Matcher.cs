using System.Globalization;
using System.Text.RegularExpressions;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Checks;

/// <summary>
/// An expectation on one attribute of a resource, with the Goss matchers: equal, have-prefix, have-suffix,
/// contain-substring, match-regexp, lt/le/gt/ge, contain-element, contain-elements, consist-of, have-len,
/// have-patterns, have-key, semver-constraint, gjson, and, or, not. Actual values are text, numbers, booleans, lists of
/// text or maps (goss's <c>matching</c> content).
/// </summary>
public abstract class Matcher
{
    /// <summary>True when <paramref name="actual"/> satisfies this expectation.</summary>
    public abstract bool Matches(object? actual);

    /// <summary>The expectation as a person reads it, e.g. <c>have-prefix "nginx"</c>.</summary>
    public abstract string Describe();

    /// <inheritdoc />
    public override string ToString() => Describe();

    /// <summary>Equality; numbers compare as numbers, everything else as text.</summary>
    public static Matcher Equal(object? expected) => new EqualMatcher(expected is SecretValue secret ? secret.Reveal() : expected);

    /// <summary>Text starting with <paramref name="prefix"/>.</summary>
    public static Matcher HavePrefix(string prefix) => new TextMatcher("have-prefix", prefix, (a, e) => a.StartsWith(e, StringComparison.Ordinal));

    /// <summary>Text ending with <paramref name="suffix"/>.</summary>
    public static Matcher HaveSuffix(string suffix) => new TextMatcher("have-suffix", suffix, (a, e) => a.EndsWith(e, StringComparison.Ordinal));

    /// <summary>Text containing <paramref name="substring"/>.</summary>
    public static Matcher ContainSubstring(string substring) => new TextMatcher("contain-substring", substring, (a, e) => a.Contains(e, StringComparison.Ordinal));

    /// <summary>Text matching the regular expression <paramref name="pattern"/> somewhere.</summary>
    public static Matcher MatchRegexp(string pattern) =>
        new TextMatcher("match-regexp", pattern, (a, e) => Regex.IsMatch(a, e, RegexOptions.Multiline, TimeSpan.FromSeconds(2)));

    /// <summary>A number below <paramref name="limit"/>.</summary>
    public static Matcher LessThan(double limit) => new NumericMatcher("lt", limit, (a, e) => a < e);

    /// <summary>A number at most <paramref name="limit"/>.</summary>
    public static Matcher AtMost(double limit) => new NumericMatcher("le", limit, (a, e) => a <= e);

    /// <summary>A number above <paramref name="limit"/>.</summary>
    public static Matcher GreaterThan(double limit) => new NumericMatcher("gt", limit, (a, e) => a > e);

    /// <summary>A number at least <paramref name="limit"/>.</summary>
    public static Matcher AtLeast(double limit) => new NumericMatcher("ge", limit, (a, e) => a >= e);

    /// <summary>A list with an element that matches <paramref name="element"/>.</summary>
    public static Matcher ContainElement(Matcher element) => new ContainElementMatcher(element);

    /// <summary>A list with, for each given matcher, an element that matches it (order free, extra elements fine).</summary>
    public static Matcher ContainElements(params Matcher[] elements) => new ElementsMatcher("contain-elements", elements, exact: false);

    /// <summary>A list whose elements match the given matchers one to one, in any order.</summary>
    public static Matcher ConsistOf(params Matcher[] elements) => new ElementsMatcher("consist-of", elements, exact: true);

    /// <summary>A list or text of length <paramref name="length"/>.</summary>
    public static Matcher HaveLength(int length) => new LengthMatcher(length);

    /// <summary>
    /// Goss patterns against text: each must be found; <c>/re/</c> is a regular expression, a leading <c>!</c> negates.
    /// </summary>
    public static Matcher HavePatterns(params string[] patterns) => new PatternsMatcher(patterns);

    /// <summary>A map with a key that matches <paramref name="key"/> (goss <c>have-key</c>).</summary>
    public static Matcher HaveKey(Matcher key) => new HaveKeyMatcher(key);

    /// <summary>
    /// A semantic version, or a list of them, each in the range <paramref name="constraint"/> (goss
    /// <c>semver-constraint</c>, blang/semver's syntax: <c>"&gt;=1.22.0 &lt;2.0.0 || 3.x"</c>).
    /// </summary>
    /// <exception cref="ArgumentException">The constraint is not a range.</exception>
    public static Matcher SemverConstraint(string constraint) =>
        new SemverConstraintMatcher(constraint, SemverRange.Parse(constraint, out var error) ?? throw new ArgumentException($"not a semver constraint: {error}", nameof(constraint)));

    /// <summary>
    /// JSON text whose value at each GJSON path (<c>status.ready</c>, <c>items.#</c>, <c>items.#(name=="web").port</c>)
    /// exists and matches its matcher (goss <c>gjson</c>).
    /// </summary>
    public static Matcher Gjson(IReadOnlyDictionary<string, Matcher> paths) => new GjsonMatcher([.. paths]);

    /// <summary>JSON text whose value at <paramref name="path"/> exists and matches <paramref name="matcher"/>.</summary>
    public static Matcher Gjson(string path, Matcher matcher) => new GjsonMatcher([new(path, matcher)]);

    /// <summary>All of <paramref name="matchers"/>.</summary>
    public static Matcher And(params Matcher[] matchers) => new LogicMatcher("and", matchers, all: true);

    /// <summary>Any of <paramref name="matchers"/>.</summary>
    public static Matcher Or(params Matcher[] matchers) => new LogicMatcher("or", matchers, all: false);

    /// <summary>The opposite of <paramref name="matcher"/>.</summary>
    public static Matcher Not(Matcher matcher) => new NotMatcher(matcher);

    /// <summary>Equality with a text.</summary>
    public static implicit operator Matcher(string expected) => Equal(expected);

    /// <summary>Equality with a secret: compared with its value, shown masked.</summary>
    public static implicit operator Matcher(SecretValue expected) => Equal(expected);

    /// <summary>Equality with a number.</summary>
    public static implicit operator Matcher(long expected) => Equal(expected);

    /// <summary>Equality with a boolean.</summary>
    public static implicit operator Matcher(bool expected) => Equal(expected);

    /// <summary>Formats a value for a message: text quoted, lists bracketed, null as <c>(none)</c>.</summary>
    public static string Format(object? value) => value switch
    {
        null => "(none)",
        string s => FormatText(SecretMasker.Shared.Mask(s)),
        bool b => b ? "true" : "false",
        IEnumerable<string> list => "[" + string.Join(", ", list.Select(Format)) + "]",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.Select(p => $"{FormatText(SecretMasker.Shared.Mask(p.Key))}: {Format(p.Value)}")) + "}",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    // Masked before shortening (see Format): a cut through a secret would leave a piece that no longer matches.
    private static string FormatText(string s) => "\"" + (s.Length > 400 ? s[..400] + "…" : s).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    /// <summary>The text form of an actual value.</summary>
    internal static string? AsText(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        IEnumerable<string> list => string.Join("\n", list),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>The numeric form of a value, when it has one.</summary>
    internal static double? AsNumber(object? value) => value switch
    {
        long l => l,
        int i => i,
        double d => d,
        string s when double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };
}
